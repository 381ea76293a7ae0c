package be.ibefe.avis.thematiques;

import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.dossier.Traces;
import be.ibefe.avis.seance.SeanceQuiDecide;
import be.ibefe.avis.seance.SujetsDeLaPleniere;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The year's proposal of thématiques communes as a point of the Instance plénière: proposed for the agenda of a
 * plénière of its bassin held in its year, after the working group met; validated there, its métiers become the
 * métiers prioritaires of the next year, and the validation's date and PV are the séance's.
 */
@Component
class ThematiquesALaPleniere implements SujetsDeLaPleniere {

    static final String TYPE = "THEMATIQUES";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ThematiquesCommunesRepository repository;
    private final MetiersPrioritaires metiers;
    private final Perimetre perimetre;
    private final Traces traces;

    ThematiquesALaPleniere(ThematiquesCommunesRepository repository, MetiersPrioritaires metiers, Perimetre perimetre,
            Traces traces) {
        this.repository = repository;
        this.metiers = metiers;
        this.perimetre = perimetre;
        this.traces = traces;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<Sujet> enAttente(String bassin) {
        return repository.findByBassinOrderByAnneeDesc(bassin).stream()
                .filter(t -> t.getStatut() == StatutThematiques.PROPOSEES).map(ThematiquesALaPleniere::sujet).toList();
    }

    @Override
    public Optional<Sujet> sujet(long id) {
        return repository.findById(id).filter(t -> perimetre.voit(t.getBassin())).map(ThematiquesALaPleniere::sujet);
    }

    private static Sujet sujet(ThematiquesCommunes t) {
        return new Sujet(TYPE, t.getId(), t.getBassin(), "Thématiques communes %d : %d métier(s) prioritaire(s) proposé(s)"
                .formatted(t.getAnnee(), t.getMetiers().size()), "/thematiques-communes?annee=" + t.getAnnee(),
                EnumSet.of(StatutThematiques.PROPOSEES, StatutThematiques.INSCRITES).contains(t.getStatut()));
    }

    /** Only a plénière of the proposal's year, not before the working group met (seed 000 l.262-272). */
    @Override
    public void inscrire(long id, SeanceQuiDecide seance) {
        ThematiquesCommunes thematiques = repository.findById(id).orElseThrow();
        int annee = thematiques.getAnnee();
        if (seance.date().getYear() != annee) {
            throw new DonneesInvalidesException("seanceId", ("La séance du %s n'est pas de %d : les thématiques "
                    + "communes %d sont validées par une plénière de %d (en octobre, pour les demandes de %d).")
                    .formatted(seance.date().format(DATE), annee, annee, annee, annee + 1));
        }
        if (seance.date().isBefore(thematiques.getDateGroupeTravail())) {
            throw new DonneesInvalidesException("seanceId", ("La séance du %s précède la réunion du groupe de travail "
                    + "du %s qui a proposé les thématiques communes.").formatted(seance.date().format(DATE),
                    thematiques.getDateGroupeTravail().format(DATE)));
        }
        thematiques.inscrire(seance.id(), seance.designation());
    }

    @Override
    public void retirer(long id) {
        repository.findById(id).orElseThrow().retirer();
    }

    /** Validated, the métiers replace the list of métiers prioritaires of the next year, in the same transaction. */
    @Override
    public void decider(long id, Decision decision) {
        if (decision.motivation() != null
                && decision.motivation().length() > ThematiquesCommunesDecisions.MOTIVATION_MAX) {
            throw new DonneesInvalidesException("motivation", "La motivation ne peut dépasser %s caractères."
                    .formatted(Libelles.nombre(ThematiquesCommunesDecisions.MOTIVATION_MAX)));
        }
        ThematiquesCommunes thematiques = repository.findById(id).orElseThrow();
        thematiques.decider(decision.approuve(), decision.seance().date(), decision.pour(), decision.contre(),
                decision.abstentions(), decision.motivation(), traces.maintenant());
        if (decision.approuve()) {
            metiers.remplacer(thematiques.getBassin(), thematiques.getAnnee() + 1,
                    thematiques.getMetiers().stream().map(MetierPropose::saisi).toList());
        }
    }
}
