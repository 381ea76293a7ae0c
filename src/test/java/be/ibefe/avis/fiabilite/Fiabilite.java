package be.ibefe.avis.fiabilite;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the reliability tests tried and what came of it, gathered during the run and written to RELIABILITY.md at
 * its end ({@link RapportFiabilite}): the figures come from the run, not from a hand.
 */
public final class Fiabilite {

    static final String ARRETS = "Arrêts brutaux";
    static final String NOEUDS = "Deux nœuds";

    private static final Map<String, Map<String, AtomicLong>> PAR_CATEGORIE = new ConcurrentHashMap<>();

    private Fiabilite() {
    }

    /** One more try of {@code essai} in {@code categorie}, ending in {@code resultat} (e.g. "400", "409", "ok"). */
    public static void compter(String categorie, String essai, String resultat) {
        ajouter(categorie, essai, resultat, 1);
    }

    /** {@code nombre} more tries of {@code essai} in {@code categorie}, all ending in {@code resultat}. */
    public static void ajouter(String categorie, String essai, String resultat, long nombre) {
        PAR_CATEGORIE.computeIfAbsent(categorie, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(essai + " → " + resultat, e -> new AtomicLong()).addAndGet(nombre);
    }

    static Map<String, Map<String, Long>> releve() {
        Map<String, Map<String, Long>> releve = new TreeMap<>();
        PAR_CATEGORIE.forEach((categorie, essais) -> {
            Map<String, Long> lignes = new TreeMap<>();
            essais.forEach((essai, nombre) -> lignes.put(essai, nombre.get()));
            releve.put(categorie, lignes);
        });
        return releve;
    }
}
