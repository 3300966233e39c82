package vn.ocop.outreach.web;

/** A participant marked as having completed a course, or the mark taken back. */
class CompletionForm {

	private boolean completed = true;

	public boolean isCompleted() {
		return completed;
	}

	public void setCompleted(boolean completed) {
		this.completed = completed;
	}
}
