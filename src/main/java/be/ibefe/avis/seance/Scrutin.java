package be.ibefe.avis.seance;

import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.system.ChampErreur;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may vote on a dossier in a séance, and whether the votes reported hold: members present with a deliberative
 * vote, minus those who step out. A member whose mandate is for the applicant's organisation steps out on his own,
 * and his vote is refused.
 */
@Component
class Scrutin {

    private static final int LONGUEUR_MIN_ORGANISATION = 4;
    private static final Set<String> VOTES = Set.of("POUR", "CONTRE", "ABSTENTION");

    private final Mandats mandats;
    private final Personnes personnes;

    Scrutin(Mandats mandats, Personnes personnes) {
        this.mandats = mandats;
        this.personnes = personnes;
    }

    record Resultat(List<Deport> deports, PointOrdreDuJour.Votes votes) {
    }

    Resultat evaluer(Seance seance, Dossier dossier, VotesSaisis saisie, List<ChampErreur> erreurs) {
        return evaluer(seance, liesAuDemandeur(seance, dossier), saisie, erreurs);
    }

    /** The votes on a point without a dossier (the approval of a procès-verbal): no one steps out on his own. */
    Resultat evaluer(Seance seance, VotesSaisis saisie, List<ChampErreur> erreurs) {
        return evaluer(seance, List.of(), saisie, erreurs);
    }

    private Resultat evaluer(Seance seance, List<Mandat> liesAuDemandeur, VotesSaisis saisie,
            List<ChampErreur> erreurs) {
        Map<String, Presence> presents = seance.getPresences().stream().filter(Presence::isPresent)
                .collect(Collectors.toMap(Presence::getMembre, p -> p, (a, b) -> a, LinkedHashMap::new));
        Map<String, Deport> deports = new LinkedHashMap<>();
        liesAuDemandeur.forEach(m -> {
            if (presents.containsKey(m.getMembre())) {
                deports.put(m.getMembre(), new Deport(m.getMembre(), "Lien avec le demandeur (%s)"
                        .formatted(m.getOrganisation() != null ? m.getOrganisation() : m.getOrganisationBce())));
            }
        });
        List<String> declares = saisie.deports() == null ? List.of() : saisie.deports();
        for (int i = 0; i < declares.size(); i++) {
            String membre = declares.get(i);
            if (!presents.containsKey(membre)) {
                erreurs.add(new ChampErreur("deports[" + i + "]",
                        "« %s » n'est pas un membre présent : il ne peut se déporter.".formatted(nom(seance, membre))));
            } else {
                deports.putIfAbsent(membre, new Deport(membre, "Déport déclaré en séance"));
            }
        }
        long votants = presents.values().stream()
                .filter(p -> p.isVoixDeliberative() && !deports.containsKey(p.getMembre())).count();
        PointOrdreDuJour.Votes votes = votes(seance, saisie, presents, deports, erreurs);
        if (votes.pour() != null) {
            int total = votes.pour() + votes.contre() + votes.abstentions();
            if (total > votants) {
                erreurs.add(new ChampErreur("votes", ("%d vote(s) pour %d membre(s) pouvant voter : %d présent(s) avec "
                        + "voix délibérative, dont %d déporté(s).").formatted(total, votants,
                        presents.values().stream().filter(Presence::isVoixDeliberative).count(),
                        deports.keySet().stream().filter(m -> presents.get(m).isVoixDeliberative()).count())));
            }
        }
        return new Resultat(List.copyOf(deports.values()), votes);
    }

    /**
     * The votes are on adopting the decision recorded: with votes, it stands only when more members voted for it
     * than against it (abstentions are not counted); without votes it is a consensus.
     */
    static void verifierAdoption(Decision decision, PointOrdreDuJour.Votes votes, List<ChampErreur> erreurs) {
        if (decision != null) {
            verifierAdoption("la décision « %s »".formatted(decision.libelle()), votes, "decision", erreurs);
        }
    }

    /** {@code objet}, feminine, names what the votes are on: "la décision « Favorable »". */
    static void verifierAdoption(String objet, PointOrdreDuJour.Votes votes, String champ, List<ChampErreur> erreurs) {
        if (votes.pour() != null && votes.pour() <= votes.contre()) {
            erreurs.add(new ChampErreur(champ, ("Les votes n'adoptent pas %s : %d pour, %d contre "
                    + "(les abstentions ne comptent pas). Elle n'est enregistrée que si les voix pour dépassent les "
                    + "voix contre.").formatted(objet, votes.pour(), votes.contre())));
        }
    }

    /**
     * The same rule for what the Instance plénière records on a decision submitted to it ({@code libelle}: « avis
     * validé », « ratification refusée »…): with votes, it stands only when more members voted for it than against it.
     */
    static void verifierAdoption(String champ, String libelle, PointOrdreDuJour.Votes votes,
            List<ChampErreur> erreurs) {
        if (votes.pour() != null && votes.pour() <= votes.contre()) {
            erreurs.add(new ChampErreur(champ, ("Les votes n'adoptent pas « %s » : %d pour, %d contre (les abstentions "
                    + "ne comptent pas). Ce n'est enregistré que si les voix pour dépassent les voix contre.")
                    .formatted(libelle, votes.pour(), votes.contre())));
        }
    }

    /**
     * A refusal to confirm a decision submitted to the Instance plénière, votes counted for the refusal: it stands when
     * at least as many members voted for it as against it. An equal split leaves the decision without the majority its
     * ratification or validation needs: it is not confirmed, so the refusal is what happened.
     */
    static void verifierRefus(String champ, String libelle, PointOrdreDuJour.Votes votes, List<ChampErreur> erreurs) {
        if (votes.pour() != null && votes.pour() < votes.contre()) {
            erreurs.add(new ChampErreur(champ, ("Les votes n'adoptent pas « %s » : %d pour le refus, %d contre (les "
                    + "abstentions ne comptent pas). Plus de voix contre le refus que pour lui : c'est la confirmation "
                    + "qui est votée.").formatted(libelle, votes.pour(), votes.contre())));
        }
    }

    /**
     * A member as a message names him: by his name when the séance lists him (present, excused or absent), else as
     * typed (a login that is no member of the séance has no name here).
     */
    String nom(Seance seance, String membre) {
        return seance.getPresences().stream().filter(p -> p.getMembre().equals(membre)).map(Presence::getNom)
                .findFirst().orElseGet(() -> personnes.nom(membre));
    }

    private PointOrdreDuJour.Votes votes(Seance seance, VotesSaisis saisie, Map<String, Presence> presents,
            Map<String, Deport> deports, List<ChampErreur> erreurs) {
        Integer pour = premier(saisie.pour(), saisie.votes() == null ? null : saisie.votes().pour());
        Integer contre = premier(saisie.contre(), saisie.votes() == null ? null : saisie.votes().contre());
        Integer abstentions = premier(saisie.abstentions(), saisie.votes() == null ? null : saisie.votes().abstentions());
        Map<String, String> nominatifs = saisie.votesNominatifs();
        if (nominatifs != null && !nominatifs.isEmpty()) {
            int[] comptes = new int[3];
            nominatifs.forEach((membre, vote) -> {
                String champ = "votesNominatifs." + membre;
                if (deports.containsKey(membre)) {
                    erreurs.add(new ChampErreur(champ, "Le vote de « %s » est refusé : %s."
                            .formatted(nom(seance, membre), deports.get(membre).getRaison().toLowerCase(Locale.ROOT))));
                } else if (!presents.containsKey(membre) || !presents.get(membre).isVoixDeliberative()) {
                    erreurs.add(new ChampErreur(champ,
                            "« %s » n'est pas un membre présent avec voix délibérative.".formatted(nom(seance, membre))));
                } else if (vote == null || !VOTES.contains(vote)) {
                    erreurs.add(new ChampErreur(champ, "Vote « %s » inconnu : POUR, CONTRE ou ABSTENTION.".formatted(vote)));
                } else {
                    comptes[List.of("POUR", "CONTRE", "ABSTENTION").indexOf(vote)]++;
                }
            });
            if ((pour != null && pour != comptes[0]) || (contre != null && contre != comptes[1])
                    || (abstentions != null && abstentions != comptes[2])) {
                erreurs.add(new ChampErreur("votes", "Les nombres de votes ne correspondent pas aux votes nominatifs."));
            }
            return new PointOrdreDuJour.Votes(comptes[0], comptes[1], comptes[2]);
        }
        if (pour == null && contre == null && abstentions == null) {
            return new PointOrdreDuJour.Votes(null, null, null);
        }
        int[] valeurs = {Objects.requireNonNullElse(pour, 0), Objects.requireNonNullElse(contre, 0),
                Objects.requireNonNullElse(abstentions, 0)};
        String[] noms = {"pour", "contre", "abstentions"};
        for (int i = 0; i < 3; i++) {
            if (valeurs[i] < 0) {
                erreurs.add(new ChampErreur(noms[i], "Un nombre de votes ne peut être négatif."));
            }
        }
        return new PointOrdreDuJour.Votes(valeurs[0], valeurs[1], valeurs[2]);
    }

    /** Members of the chambre on the séance's day whose organisation is the applicant. */
    private List<Mandat> liesAuDemandeur(Seance seance, Dossier dossier) {
        String demandeur = normaliser(dossier.getDemandeur().getNom());
        String bce = dossier.getDemandeur().getBce();
        List<Mandat> lies = new ArrayList<>();
        for (Mandat mandat : mandats.enCours(seance.getBassin(), seance.getChambre(), seance.getDate())) {
            String organisation = normaliser(mandat.getOrganisation());
            boolean memeNom = organisation.length() >= LONGUEUR_MIN_ORGANISATION
                    && demandeur.length() >= LONGUEUR_MIN_ORGANISATION
                    && (contientMots(demandeur, organisation) || contientMots(organisation, demandeur));
            boolean memeBce = bce != null && bce.equals(mandat.getOrganisationBce());
            if (memeNom || memeBce) {
                lies.add(mandat);
            }
        }
        return lies;
    }

    /** "forem formation liege" holds the words "forem"; "wallonne" does not hold "all". */
    static boolean contientMots(String texte, String mots) {
        return (" " + texte + " ").contains(" " + mots + " ");
    }

    private static Integer premier(Integer a, Integer b) {
        return a != null ? a : b;
    }

    static String normaliser(String texte) {
        return Normalizer.normalize(Objects.toString(texte, ""), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
