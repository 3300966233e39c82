package vn.ocop.registry;

/**
 * A type of dossier document required (or accepted as evidence) under a regulation. Its name is the message
 * {@code registry.doc.<code>}.
 */
public record DocumentType(String code, boolean required) {
}
