package be.ibefe.avis.banc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine the figures come from: cores, memory, JVM, and how busy it was. */
record Machine(int coeurs, long memoireMo, String java, String charge) {

    static Machine lire() throws IOException {
        long memoire = 0;
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.exists(meminfo)) {
            for (String ligne : Files.readAllLines(meminfo)) {
                if (ligne.startsWith("MemTotal:")) {
                    memoire = Long.parseLong(ligne.replaceAll("\\D", "")) / 1024;
                }
            }
        }
        Path loadavg = Path.of("/proc/loadavg");
        String charge = Files.exists(loadavg) ? Files.readString(loadavg).split(" ")[0] : "inconnue";
        return new Machine(Runtime.getRuntime().availableProcessors(), memoire,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), charge);
    }

    String description() {
        return "%d cœurs, %s Mo de mémoire, %s, %s %s".formatted(coeurs, Banc.nombre(memoireMo, 0), java,
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }
}
