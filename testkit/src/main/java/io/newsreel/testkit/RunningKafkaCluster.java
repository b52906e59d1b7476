package io.newsreel.testkit;

/** A cluster this test kit started and therefore has to stop; closing never throws a checked exception. */
interface RunningKafkaCluster extends KafkaCluster, AutoCloseable {

    @Override
    void close();
}
