package vn.ocop.certification;

/**
 * Where a certificate stands. The public verification page knows four answers: {@link #VALID}, {@link #DOWNGRADED},
 * {@link #EXPIRED} and {@link #REVOKED}; a {@link #SUPERSEDED} certificate answers as expired, naming its successor.
 */
public enum CertificateStatus {
	/** Còn hiệu lực. */
	VALID,
	/** Còn hiệu lực, nhưng đã bị hạ sao theo quyết định. */
	DOWNGRADED,
	/** Hết hiệu lực (quá thời hạn 36 tháng). */
	EXPIRED,
	/** Thay thế bằng giấy chứng nhận mới sau khi đánh giá lại. */
	SUPERSEDED,
	/** Bị thu hồi theo quyết định. */
	REVOKED;

	/** Whether the certificate is in force (the product may carry the OCOP mark). */
	public boolean inForce() {
		return this == VALID || this == DOWNGRADED;
	}

	/** The answer of the public verification page. */
	public CertificateStatus publicStatus() {
		return this == SUPERSEDED ? EXPIRED : this;
	}
}
