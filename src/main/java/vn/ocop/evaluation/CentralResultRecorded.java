package vn.ocop.evaluation;

/**
 * The provincial office recorded the central council's result for a product passed on to it.
 */
public record CentralResultRecorded(CentralCouncilResult result) {
}
