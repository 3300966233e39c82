package vn.ocop.evaluation.web;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.ocop.evaluation.CentralCouncil;

/**
 * The central council's attached document as a download, for the page and the API alike: its own name and the type
 * detected from its content, never sniffed again by the browser.
 */
final class CentralMinutesDownload {

	private CentralMinutesDownload() {
	}

	static ResponseEntity<InputStreamResource> of(CentralCouncil.StoredMinutes file) {
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.contentType(MediaType.parseMediaType(file.contentType()))
				.body(new InputStreamResource(file.content()));
	}
}
