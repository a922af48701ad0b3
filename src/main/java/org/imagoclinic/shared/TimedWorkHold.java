package org.imagoclinic.shared;

/**
 * Holds back the modules' timed work ({@link ModuleScheduler}) while the clinic's past is still being
 * written on a clock of its own, as when the demo clinic is generated in the background: a recurring
 * task running at the real time meanwhile would act on a half-written history (send its month of
 * reminders as too late, let its waitlist offers run out). At most one in the application; without
 * one, timed work starts as soon as the application is ready.
 */
public interface TimedWorkHold {

    /** Runs {@code start} once the hold ends, on whichever thread ends it; at once when nothing is held. */
    void whenReleased(Runnable start);
}
