package dev.palisade.benchmarks.overhead;

/**
 * One configuration's figures in one load round: a wrk window on each endpoint with the server's
 * CPU time per request over that window, then heap after a forced GC and RSS.
 */
record LoadSample(int round, Configuration configuration, Wrk.Result light, double lightCpuUsPerRequest,
        Wrk.Result jdbc, double jdbcCpuUsPerRequest, double heapMb, double rssMb) {
}
