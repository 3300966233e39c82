package vn.ocop.inspection;

import java.util.UUID;

/** Someone of the public complained about a certified product (named by its certificate). */
public record ComplaintReceived(UUID complaintId, String certificateCode, String productName) {
}
