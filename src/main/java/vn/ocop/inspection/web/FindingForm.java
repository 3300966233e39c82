package vn.ocop.inspection.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.ocop.inspection.ChecklistItem;
import vn.ocop.inspection.NewFinding;
import vn.ocop.inspection.Sanction;

/**
 * A finding as recorded: the checklist item it concerns, what was found, the sanction proposed, photos; that
 * a downgrade is by 1 or 2 stars is the finding's own rule.
 */
class FindingForm {

	private @Nullable ChecklistItem item;

	@NotBlank
	@Size(max = 2000)
	private String description = "";

	private @Nullable Sanction sanction;

	private @Nullable Integer starsDown;

	private List<MultipartFile> photos = new ArrayList<>();

	NewFinding finding() {
		return new NewFinding(item, description, sanction, starsDown);
	}

	public @Nullable ChecklistItem getItem() {
		return item;
	}

	public void setItem(@Nullable ChecklistItem item) {
		this.item = item;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description == null ? "" : description;
	}

	public @Nullable Sanction getSanction() {
		return sanction;
	}

	public void setSanction(@Nullable Sanction sanction) {
		this.sanction = sanction;
	}

	public @Nullable Integer getStarsDown() {
		return starsDown;
	}

	public void setStarsDown(@Nullable Integer starsDown) {
		this.starsDown = starsDown;
	}

	public List<MultipartFile> getPhotos() {
		return photos;
	}

	public void setPhotos(List<MultipartFile> photos) {
		this.photos = photos;
	}
}
