package org.imagoclinic.assessments;

/**
 * What one Imago record says: one record type per {@link ImagoRecordKind}, validated by the service
 * before it is stored.
 */
public sealed interface ImagoContent permits ImagoProfile, WoundExploration, Dialogue, BehaviourChangeRequest,
        PositiveTraits, CaringBehaviours, Appreciations, RelationshipVision, Exits, TemperatureReading {

    /** The kind of record this content makes. */
    ImagoRecordKind kind();

    /** One line for the timeline, e.g. "Couples dialogue: chores (mirroring, summary)". */
    String summary();
}
