package vn.ocop.identity;

/**
 * Roles of the platform. The public needs no account.
 */
public enum Role {
	/** The provincial OCOP coordination office (Văn phòng điều phối OCOP tỉnh). */
	PROVINCE_ADMIN,
	/** An OCOP officer of a district-level unit. */
	DISTRICT_OFFICER,
	/** An OCOP officer of a commune, ward or township. */
	COMMUNE_OFFICER,
	/** A member of an evaluation council (hội đồng đánh giá, phân hạng). */
	COUNCIL_MEMBER,
	/** An inspector carrying out post-certification checks (hậu kiểm). */
	INSPECTOR,
	/** A producer (chủ thể OCOP): cooperative, enterprise, cooperative group or household business. */
	PRODUCER,
	/** An editor of the programme website. */
	EDITOR;

	public String authority() {
		return "ROLE_" + name();
	}
}
