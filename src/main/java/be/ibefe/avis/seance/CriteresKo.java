package be.ibefe.avis.seance;

import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.ResultatCritere;
import be.ibefe.avis.system.ChampErreur;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A favourable decision that goes against a criterion KO (its result after derogations) must say why: its
 * motivation names each such criterion, by its libellé or its code, whatever the case, accents and punctuation.
 * Naming it is the simple, checkable sign that the séance weighed the criterion rather than overlooked it.
 */
final class CriteresKo {

    private static final Set<Decision> FAVORABLES = EnumSet.of(Decision.FAVORABLE,
            Decision.FAVORABLE_AVEC_RECOMMANDATION);

    private CriteresKo() {
    }

    /** A motivation not given is already refused as such: only a given one is checked here. */
    static void verifierMotivation(Decision decision, String motivation, List<Critere> criteres,
            List<ChampErreur> erreurs) {
        if (!FAVORABLES.contains(decision) || motivation == null || motivation.isBlank()) {
            return;
        }
        String texte = Scrutin.normaliser(motivation);
        List<Critere> ignores = criteres.stream().filter(c -> c.getResultat() == ResultatCritere.KO)
                .filter(c -> !Scrutin.contientMots(texte, Scrutin.normaliser(c.getLibelle()))
                        && !Scrutin.contientMots(texte, Scrutin.normaliser(c.getCode())))
                .toList();
        if (ignores.isEmpty()) {
            return;
        }
        String noms = ignores.stream().map(c -> "« %s »".formatted(c.getLibelle()))
                .collect(Collectors.joining(", "));
        erreurs.add(new ChampErreur("motivation", (ignores.size() == 1
                ? "La décision « %s » va à l'encontre du critère KO %s : la motivation doit y répondre en le nommant."
                : "La décision « %s » va à l'encontre des critères KO %s : la motivation doit répondre à chacun en "
                        + "le nommant.").formatted(decision.libelle(), noms)));
    }
}
