package io.newsreel.contract.event;

/** What kind of release fact an article reports. */
public enum ReleaseType {
    ANNOUNCEMENT,
    CASTING,
    PRESS_CONFERENCE,
    PREMIERE,
    NEW_EPISODES,
    SCHEDULE,
    FINALE,
    SOUNDTRACK
}
