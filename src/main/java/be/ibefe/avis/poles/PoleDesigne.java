package be.ibefe.avis.poles;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.dossier.ControleDesDonnees;
import be.ibefe.avis.dossier.NouveauDossier;
import be.ibefe.avis.system.ChampErreur;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The pôle de synergies a request for an avis d'opportunité designates ({@code donnees.poleId}): a pôle, not a
 * working group, of the request's own bassin, in activity (active, under evaluation or proposed for renewal: it meets).
 */
@Component
class PoleDesigne implements ControleDesDonnees {

    static final String POLE_ID = "poleId";
    private static final EnumSet<StatutPole> EN_ACTIVITE = EnumSet.of(StatutPole.ACTIF, StatutPole.EVALUATION,
            StatutPole.RENOUVELLEMENT);

    private final Bassins bassins;
    private final PoleRepository poles;

    PoleDesigne(PoleRepository poles, Bassins bassins) {
        this.poles = poles;
        this.bassins = bassins;
    }

    @Override
    public void verifier(String bassin, NouveauDossier demande, List<ChampErreur> erreurs) {
        JsonNode poleId = demande.donnees() == null ? null : demande.donnees().get(POLE_ID);
        if (demande.type() != AvisType.POLE_OPPORTUNITE || poleId == null || !poleId.canConvertToLong()) {
            return;
        }
        pourquoiPas(poleId.longValue(), bassin).ifPresent(message ->
                erreurs.add(new ChampErreur("donnees." + POLE_ID, message)));
    }

    /** Why the pôle cannot give an avis on a request of {@code bassin}, if it cannot. */
    Optional<String> pourquoiPas(long poleId, String bassin) {
        Pole pole = poles.findById(poleId).filter(p -> p.getBassin().equals(bassin)).orElse(null);
        if (pole == null) {
            return Optional.of("Le bassin de %s n'a pas de pôle de synergies n° %d.".formatted(bassins.nom(bassin),
                    poleId));
        }
        if (pole.getNature() != NaturePole.POLE || !EN_ACTIVITE.contains(pole.getStatut())) {
            return Optional.of("« %s » ne rend pas d'avis : seul un pôle de synergies actif le fait (%s, %s)."
                    .formatted(pole.getNom(), pole.getNature().libelle(), pole.getStatut().libelle()));
        }
        return Optional.empty();
    }
}
