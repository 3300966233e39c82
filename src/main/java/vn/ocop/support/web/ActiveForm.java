package vn.ocop.support.web;

/**
 * Whether a support item takes requests.
 */
class ActiveForm {

	private boolean active;

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}
}
