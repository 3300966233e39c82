package vn.ocop.registry;

/**
 * What a confirmed import wrote.
 *
 * @param producersCreated new producers
 * @param productsCreated new products, each with status {@link ProductStatus#IDEA_REGISTERED}
 * @param producersReused existing producers that received products (left unchanged)
 */
public record RegistryImportResult(int producersCreated, int productsCreated, int producersReused) {
}
