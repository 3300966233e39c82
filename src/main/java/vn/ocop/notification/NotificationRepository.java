package vn.ocop.notification;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

	List<Notification> findByRecipientOrderByCreatedAtDesc(String recipient, Limit limit);

	List<Notification> findByRecipientAndReadAtIsNull(String recipient);

	long countByRecipientAndReadAtIsNull(String recipient);

	Optional<Notification> findByIdAndRecipient(UUID id, String recipient);

	List<Notification> findByRecipientAndTopicOrderByCreatedAtDesc(String recipient, String topic);
}
