package org.imagoclinic.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM and by the embedded PostgreSQL (its postmaster, the processes under
 * it that are still alive, and on Linux the backends that have already ended, which the postmaster
 * has reaped), so that a figure taken on a shared machine can be read as a cost per event rather
 * than only as a rate that depends on how much CPU others left over.
 */
record CpuMeter(long jvmNanos, long postgresNanos) {

    /** USER_HZ, in which /proc counts CPU time: 100 on every Linux we run on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    static CpuMeter now(String dataDir) {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        return new CpuMeter(jvm, postmaster(dataDir).map(CpuMeter::cpuOfTree).orElse(0L));
    }

    CpuMeter since(CpuMeter start) {
        return new CpuMeter(jvmNanos - start.jvmNanos, postgresNanos - start.postgresNanos);
    }

    /** e.g. "JVM 1.20 ms + PostgreSQL 0.80 ms CPU per event". */
    String per(long count, String what) {
        return String.format("JVM %.2f ms + PostgreSQL %.2f ms CPU per %s", jvmNanos / 1e6 / count, postgresNanos / 1e6 / count, what);
    }

    private static Optional<ProcessHandle> postmaster(String dataDir) {
        try {
            String pid = Files.readAllLines(Path.of(dataDir, "postmaster.pid")).getFirst().trim();
            return ProcessHandle.of(Long.parseLong(pid));
        } catch (IOException | RuntimeException unknown) {
            return Optional.empty();
        }
    }

    private static long cpuOfTree(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants())
                .mapToLong(process -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum()
                + endedChildrenNanos(root.pid());
    }

    /** cutime + cstime of /proc/[pid]/stat: what the process's ended and reaped children used; 0 elsewhere. */
    private static long endedChildrenNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            return ticks * 1_000_000_000L / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException notLinux) {
            return 0;
        }
    }
}
