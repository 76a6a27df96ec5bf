package dev.palisade.benchmarks.overhead;

/** CPU profiles of one light and one JDBC window, without the agent (a) and with it in block mode (c). */
record LoadProfiles(CpuProfile noneLight, CpuProfile noneJdbc, CpuProfile blockLight, CpuProfile blockJdbc) {
}
