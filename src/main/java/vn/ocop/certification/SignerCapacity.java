package vn.ocop.certification;

/**
 * In what capacity the signer signs: as the head (Chủ tịch, Bộ trưởng) or as a deputy signing for the head
 * ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
 */
public enum SignerCapacity {
	HEAD, DEPUTY
}
