package dev.laurel.credentials.rdf;

/** The default graph of a dataset: the graph name of a triple written without a fourth term in N-Quads. */
public enum DefaultGraph implements GraphName {
    INSTANCE
}
