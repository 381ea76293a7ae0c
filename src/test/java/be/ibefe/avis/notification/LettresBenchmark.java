package be.ibefe.avis.notification;

import be.ibefe.avis.documents.PdfRenderer;
import be.ibefe.avis.support.Gabarits;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;

/**
 * Benchmark, not a test: the two letters of a notified avis (to the applicant, to the administration) rendered as
 * {@link Notifications#produire} renders them, from the templates shipped with the application and the sample values
 * an administrator's template is tried with, without the application or a database. After warming the JVM up,
 * prints per letter the CPU time of the rendering thread (what the machine's load changes least), the wall time, the
 * bytes allocated and the size of the PDF, with the machine's load. Run:
 * {@code mvn -Pbench test-compile exec:java -Dbench.main=be.ibefe.avis.notification.LettresBenchmark}
 * ({@code -Dlettres.rendus=400 -Dlettres.echauffement=200}: letters measured, letters to warm up with).
 */
public final class LettresBenchmark {

    private LettresBenchmark() {
    }

    public static void main(String[] args) {
        int rendus = Integer.getInteger("lettres.rendus", 400);
        int echauffement = Integer.getInteger("lettres.echauffement", 200);
        ModelesLettres modeles = new ModelesLettres(sansModeleEnregistre(), new PdfRenderer(Gabarits.moteur()), null);
        Map<String, Object> variables = ModelesLettres.exemple();
        ModelesLettres.Code[] lettres = {ModelesLettres.Code.AVIS_DEMANDEUR,
                ModelesLettres.Code.TRANSMISSION_ADMINISTRATION};
        for (int i = 0; i < echauffement; i++) {
            modeles.lettre(lettres[i % 2], variables);
        }
        var fil = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        double chargeAvant = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long cpu = fil.getCurrentThreadCpuTime();
        long alloue = fil.getThreadAllocatedBytes(id);
        long debut = System.nanoTime();
        long octets = 0;
        for (int i = 0; i < rendus; i++) {
            octets += modeles.lettre(lettres[i % 2], variables).length;
        }
        long duree = System.nanoTime() - debut;
        cpu = fil.getCurrentThreadCpuTime() - cpu;
        alloue = fil.getThreadAllocatedBytes(id) - alloue;
        System.out.printf("%d lettres (après %d d'échauffement) : CPU %.2f ms par lettre, durée %.2f ms, %.0f ko "
                + "alloués, PDF de %.1f ko ; charge %.2f puis %.2f%n", rendus, echauffement, cpu / 1e6 / rendus,
                duree / 1e6 / rendus, alloue / 1024.0 / rendus, octets / 1024.0 / rendus, chargeAvant,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The repository of an application where no administrator has edited a template: the shipped ones apply. */
    private static ModeleLettreRepository sansModeleEnregistre() {
        return (ModeleLettreRepository) Proxy.newProxyInstance(LettresBenchmark.class.getClassLoader(),
                new Class<?>[] {ModeleLettreRepository.class}, (proxy, methode, arguments) -> {
                    if (methode.getName().equals("findById")) {
                        return Optional.empty();
                    }
                    throw new UnsupportedOperationException(methode.getName());
                });
    }
}
