package vn.ocop.inspection;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Complaints extends JpaRepository<Complaint, UUID> {

	List<Complaint> findAllByOrderByReceivedAtDesc();

	List<Complaint> findByStatusOrderByReceivedAtDesc(ComplaintStatus status);
}
