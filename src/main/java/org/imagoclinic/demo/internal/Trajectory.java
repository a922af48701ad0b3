package org.imagoclinic.demo.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.imagoclinic.demo.CarePath;
import org.imagoclinic.demo.DemoClinic;
import org.imagoclinic.demo.DemoCouple;
import org.imagoclinic.demo.DemoSession;

/**
 * How a couple in joint work fares, from the seed: most improve, some don't, a few deteriorate, and in
 * some couples one partner improves while the other does not. The measures, the dialogue ratings and
 * the follow-ups of behaviour change requests all follow it, so the record tells one story.
 *
 * @param baselineA partner A's underlying satisfaction at the first joint session, in CSI-16 points (spread as
 *                  in a clinical sample, most below the 51.5 cut-off)
 * @param gainA how far partner A's satisfaction moves over a course of sessions (negative: worse)
 */
record Trajectory(Kind kind, int baselineA, int gainA, int baselineB, int gainB) {

    /** The shape of the course. */
    enum Kind { IMPROVING, NOT_IMPROVING, DETERIORATING, DISCORDANT }

    /** The paths on which joint sessions were held, so that measures and Imago work were done. */
    static final Set<CarePath> IN_JOINT_WORK = EnumSet.of(CarePath.ACTIVE, CarePath.PAUSED, CarePath.COMPLETED,
            CarePath.DROPPED_OUT, CarePath.DISCHARGED);

    static Trajectory of(DemoClinic clinic, DemoCouple couple) {
        Random random = clinic.random("trajectory " + couple.number());
        int roll = random.nextInt(100);
        Kind kind = roll < 60 ? Kind.IMPROVING : roll < 80 ? Kind.NOT_IMPROVING : roll < 90 ? Kind.DISCORDANT
                : Kind.DETERIORATING;
        int baselineA = baseline(random);
        int baselineB = baseline(random);
        return switch (kind) {
            case IMPROVING -> new Trajectory(kind, baselineA, 12 + random.nextInt(16), baselineB, 12 + random.nextInt(16));
            case NOT_IMPROVING -> new Trajectory(kind, baselineA, -3 + random.nextInt(8), baselineB, -3 + random.nextInt(8));
            case DETERIORATING -> new Trajectory(kind, baselineA, -(6 + random.nextInt(10)), baselineB,
                    -(4 + random.nextInt(10)));
            case DISCORDANT -> random.nextBoolean()
                    ? new Trajectory(kind, baselineA, 14 + random.nextInt(12), baselineB, -5 + random.nextInt(6))
                    : new Trajectory(kind, baselineA, -5 + random.nextInt(6), baselineB, 14 + random.nextInt(12));
        };
    }

    /**
     * Spread as couples coming to therapy are: mean 45, SD 12 (on 0–81), so about seven in ten start below the
     * cut-off of 51.5 and some are far below it.
     */
    private static int baseline(Random random) {
        return (int) Math.round(Math.clamp(45 + 12 * random.nextGaussian(), 8, 76));
    }

    /**
     * The partner's underlying satisfaction at the k-th held joint session (from 1), in CSI-16 points: most of
     * the change comes in the first months, with a little fluctuation from one occasion to the next.
     */
    double levelAt(boolean partnerA, int k, Random noise) {
        int baseline = partnerA ? baselineA : baselineB;
        int gain = partnerA ? gainA : gainB;
        if (k <= 1) {
            return baseline;
        }
        double level = baseline + gain * (1 - Math.exp(-(k - 1) / 5.0)) + noise.nextInt(5) - 2;
        return Math.clamp(level, 0, 81);
    }

    /** How well the partners do the dialogue steps at the k-th held joint session, 0 (not at all) to 1. */
    double skillAt(int k) {
        double ceiling = switch (kind) {
            case IMPROVING -> 0.95;
            case DISCORDANT -> 0.75;
            case NOT_IMPROVING -> 0.6;
            case DETERIORATING -> 0.45;
        };
        return 0.25 + (ceiling - 0.25) * (1 - Math.exp(-(k - 1) / 4.0));
    }

    /** The couple's held joint sessions, in order. */
    static List<DemoSession> heldJointSessions(DemoCouple couple) {
        if (!IN_JOINT_WORK.contains(couple.path()) || couple.sessions().size() < 2) {
            return List.of();
        }
        return couple.sessions().subList(1, couple.sessions().size()).stream().filter(DemoSession::held).toList();
    }
}
