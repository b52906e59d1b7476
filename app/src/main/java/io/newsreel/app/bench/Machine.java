package io.newsreel.app.bench;

/**
 * What the figures were measured on.
 *
 * @param cores processors available to the JVM
 * @param maxHeapMiB the heap limit ({@code -Xmx})
 * @param javaVersion the Java runtime version
 * @param javaVm the virtual machine's name
 * @param os operating system and architecture
 */
record Machine(int cores, double maxHeapMiB, String javaVersion, String javaVm, String os) {

    static Machine current() {
        final Runtime runtime = Runtime.getRuntime();
        return new Machine(runtime.availableProcessors(), Units.mebibytes(runtime.maxMemory()),
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }
}
