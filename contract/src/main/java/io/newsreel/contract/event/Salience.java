package io.newsreel.contract.event;

/** Whether a show is what an article is about, or only named in passing. */
public enum Salience {
    PRIMARY,
    MENTION
}
