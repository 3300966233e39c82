package vn.ocop.demo;

/**
 * The demo accounts and the demo registry (producers, products, the 2019 cycle) were created on an empty database.
 * Demo data of later modules listens to this (with an {@code @Order} that says which runs first) so that it is
 * created exactly once, on top of the registry's.
 */
public record DemoDataCreated() {
}
