package io.newsreel.processor.eval;

/**
 * Counts of one category, summed over articles (micro-averaged).
 *
 * <p>Precision is 1 when nothing was predicted and recall is 1 when nothing was labelled, so that an empty category
 * neither rewards nor punishes; F1 is 0 when both are 0.
 *
 * @param correct labelled and predicted
 * @param falseAlarms predicted but not labelled
 * @param misses labelled but not predicted
 */
public record Score(int correct, int falseAlarms, int misses) {

    public static final Score ZERO = new Score(0, 0, 0);

    public Score plus(final Score other) {
        return new Score(correct + other.correct, falseAlarms + other.falseAlarms, misses + other.misses);
    }

    public int labelled() {
        return correct + misses;
    }

    public int predicted() {
        return correct + falseAlarms;
    }

    public double precision() {
        return predicted() == 0 ? 1.0 : (double) correct / predicted();
    }

    public double recall() {
        return labelled() == 0 ? 1.0 : (double) correct / labelled();
    }

    public double f1() {
        final double p = precision();
        final double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
