package vn.ocop.inspection;

/** A client sent more complaints in the last hour than the configured limit (answered 429). */
public class TooManyComplaints extends RuntimeException {

	private final int limitPerHour;

	TooManyComplaints(int limitPerHour) {
		super("More than " + limitPerHour + " complaints in an hour");
		this.limitPerHour = limitPerHour;
	}

	public int limitPerHour() {
		return limitPerHour;
	}
}
