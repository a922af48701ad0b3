package org.imagoclinic.demo;

/**
 * One part of the demo clinic, e.g. its staff, its couples and their sessions, or (later) their
 * measures. Steps plan in {@link #order()}: each may read what earlier steps planned (the staff, the
 * couples and their sessions) and puts its actions on the clinic's timeline; the timeline then runs
 * every action at its own time, acting as the staff member who would have done it.
 */
public interface DemoClinicStep {

    /** When this step plans, relative to the others: staff 10, places 20, couples 30, workshops 40,
     * measures 50, Imago records 60, session notes 70, home practice in the portal 75, billing 80. */
    int order();

    /** Plans this step's part of the clinic, from {@link DemoClinic#random(String)} only, so it is deterministic. */
    void plan(DemoClinic clinic);
}
