package be.ibefe.avis.thematiques;

import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.Dates;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.RessourceIntrouvableException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The métiers prioritaires of the bassin, one list per year it applies to (the list validated in October N-1 serves
 * the requests of year N). A coordinator maintains it; rules look a métier up in it.
 */
@Service
public class MetiersPrioritaires {

    public static final int ANNEE_MIN = Dates.ANNEE_MIN;
    public static final int ANNEE_MAX = Dates.ANNEE_MAX;
    private static final Pattern CODE_ROME = Pattern.compile("[A-N]\\d{4}");
    private static final Pattern MENTION_GENRE = Pattern.compile("\\((h/f|f/h|m/f|m/f/x)\\)");
    private static final Pattern DIACRITIQUES = Pattern.compile("\\p{M}");
    private static final Pattern PONCTUATION = Pattern.compile("[^a-z0-9]+");

    private final MetierPrioritaireRepository repository;

    private final Perimetre perimetre;

    public MetiersPrioritaires(MetierPrioritaireRepository repository, Perimetre perimetre) {
        this.perimetre = perimetre;
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<MetierView> liste(int annee) {
        verifierAnnee(annee);
        return repository.findByBassinAndAnneeOrderByLibelle(bassin(), annee).stream().map(MetierView::de).toList();
    }

    /** The list of the current user's bassin; the system's is the default bassin's. */
    private String bassin() {
        return perimetre.pourSaisie(null, "bassin");
    }

    @Transactional(readOnly = true)
    public boolean listeExiste(int annee) {
        return listeExiste(bassin(), annee);
    }

    @Transactional(readOnly = true)
    public boolean listeExiste(String bassin, int annee) {
        return repository.existsByBassinAndAnnee(bassin, annee);
    }

    /** Replaces the whole list of a year, or nothing when one line is wrong. */
    @Transactional
    public List<MetierView> remplacer(int annee, List<MetierSaisi> metiers) {
        verifierAnnee(annee);
        List<ChampErreur> erreurs = new ArrayList<>();
        verifierListe(metiers, "", erreurs);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        remplacer(bassin(), annee, metiers);
        return liste(annee);
    }

    /** The list of a bassin's year becomes {@code metiers}, already checked (the thématiques communes validated). */
    void remplacer(String bassin, int annee, List<MetierSaisi> metiers) {
        repository.supprimerAnnee(bassin, annee);
        repository.flush();
        repository.saveAll(metiers.stream().map(m -> nouveau(bassin, annee, m)).toList());
    }

    /** Each line of a list, and no métier twice; {@code prefixe} names the list's field ("metiers"), or "". */
    static void verifierListe(List<MetierSaisi> metiers, String prefixe, List<ChampErreur> erreurs) {
        Set<String> vus = new HashSet<>();
        for (int i = 0; i < metiers.size(); i++) {
            verifier(metiers.get(i), prefixe + "[" + i + "]", erreurs);
            if (metiers.get(i) != null && metiers.get(i).libelle() != null
                    && !vus.add(normaliser(metiers.get(i).libelle()))) {
                erreurs.add(new ChampErreur(prefixe + "[" + i + "].libelle",
                        "Le métier « %s » figure deux fois dans la liste.".formatted(metiers.get(i).libelle())));
            }
        }
    }

    @Transactional
    public MetierView ajouter(int annee, MetierSaisi metier) {
        verifierAnnee(annee);
        List<ChampErreur> erreurs = new ArrayList<>();
        verifier(metier, "", erreurs);
        String bassin = bassin();
        if (erreurs.isEmpty() && trouver(bassin, annee, metier.libelle(), null).isPresent()) {
            erreurs.add(new ChampErreur("libelle",
                    "Le métier « %s » figure déjà dans la liste %d.".formatted(metier.libelle(), annee)));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        return MetierView.de(repository.save(nouveau(bassin, annee, metier)));
    }

    @Transactional
    public void supprimer(int annee, long id) {
        MetierPrioritaire metier = repository.findById(id)
                .filter(m -> m.getAnnee() == annee && m.getBassin().equals(bassin()))
                .orElseThrow(() -> new RessourceIntrouvableException(
                        "Aucun métier n° %d dans la liste %d.".formatted(id, annee)));
        repository.delete(metier);
    }

    /**
     * The métier of the year's list that a request names: same ROME code, or same label once accents, case,
     * punctuation and gender mentions are set aside; a list label "a / b" names two alternatives.
     */
    @Transactional(readOnly = true)
    public Optional<MetierPrioritaire> trouver(String bassin, int annee, String metier, String codeRome) {
        return repository.findByBassinAndAnneeOrderByLibelle(bassin, annee).stream()
                .filter(m -> designe(m.getLibelle(), m.getCodeRome(), metier, codeRome))
                .findFirst();
    }

    /** Does a request naming {@code metier} / {@code codeRome} name the list's line {@code libelle} / {@code code}? */
    static boolean designe(String libelle, String code, String metier, String codeRome) {
        String cherche = metier == null ? "" : normaliser(metier);
        return (codeRome != null && codeRome.equalsIgnoreCase(code))
                || (!cherche.isEmpty() && Arrays.stream(libelle.split("/"))
                        .map(MetiersPrioritaires::normaliser).anyMatch(cherche::equals));
    }

    static String normaliser(String libelle) {
        String sansGenre = MENTION_GENRE.matcher(libelle.toLowerCase(Locale.ROOT)).replaceAll(" ");
        String sansAccents = DIACRITIQUES.matcher(Normalizer.normalize(sansGenre, Normalizer.Form.NFD)).replaceAll("");
        return PONCTUATION.matcher(sansAccents).replaceAll(" ").trim();
    }

    private static void verifier(MetierSaisi metier, String prefixe, List<ChampErreur> erreurs) {
        String chemin = prefixe.isEmpty() ? "" : prefixe + ".";
        if (metier == null) {
            erreurs.add(new ChampErreur(prefixe, "Ligne vide."));
            return;
        }
        if (metier.libelle() == null || metier.libelle().isBlank()) {
            erreurs.add(new ChampErreur(chemin + "libelle", "Le libellé du métier est obligatoire."));
        } else if (metier.libelle().length() > 300) {
            erreurs.add(new ChampErreur(chemin + "libelle", "Le libellé ne peut dépasser 300 caractères."));
        } else if (normaliser(metier.libelle()).isEmpty()) {
            // the criteria find a métier by its normalised label: one without letters would match nothing, and two
            // of them would collide unseen
            erreurs.add(new ChampErreur(chemin + "libelle",
                    "Le libellé doit contenir des lettres ou des chiffres : « %s » n'en contient aucun."
                            .formatted(metier.libelle())));
        }
        verifierCodeRome(metier.codeRome(), chemin + "codeRome", erreurs);
        if (metier.famille() != null && metier.famille().length() > 300) {
            erreurs.add(new ChampErreur(chemin + "famille", "La famille ne peut dépasser 300 caractères."));
        }
        if (metier.action() == null) {
            erreurs.add(new ChampErreur(chemin + "action",
                    "L'action sur l'offre est obligatoire : créer, maintenir ou adapter."));
        }
    }

    /** A ROME V3 code, when one is given: a letter from A to N and 4 digits. */
    static void verifierCodeRome(String code, String champ, List<ChampErreur> erreurs) {
        if (code != null && !CODE_ROME.matcher(code).matches()) {
            erreurs.add(new ChampErreur(champ,
                    "Code ROME V3 « %s » invalide : une lettre de A à N suivie de 4 chiffres (ex. G1602)."
                            .formatted(code)));
        }
    }

    private static MetierPrioritaire nouveau(String bassin, int annee, MetierSaisi m) {
        return new MetierPrioritaire(bassin, annee, m.libelle().trim(), m.codeRome(),
                m.famille() == null || m.famille().isBlank() ? null : m.famille().trim(), m.action());
    }

    static void verifierAnnee(int annee) {
        if (annee < ANNEE_MIN || annee > ANNEE_MAX) {
            throw new DonneesInvalidesException("annee",
                    "L'année doit être comprise entre %d et %d.".formatted(ANNEE_MIN, ANNEE_MAX));
        }
    }
}
