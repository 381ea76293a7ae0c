package be.ibefe.avis.poles;

import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.DossierView;
import be.ibefe.avis.seance.AvisDePole;
import be.ibefe.avis.seance.AvisDesPoles;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.DonneesInvalidesException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The avis d'opportunité on the sub-regional socio-economic impact of a project is given by a pôle de synergies, by
 * consensus, in its meeting (seed 004 l.37, 44): the dossier designates an active pôle of its own bassin
 * ({@code donnees.poleId}, checked at intake by {@link PoleDesigne}), and the coordination records the avis the pôle gave in one of its
 * meetings held since the request was received, with members present. The Instance plénière then validates it.
 */
@Service
public class AvisDOpportunite {

    private final Bassins bassins;
    private final PoleRepository poles;
    private final ReunionPoleRepository reunions;
    private final MembrePoleRepository membres;
    private final DossierService dossiers;
    private final AvisDesPoles avisDesPoles;
    private final PoleDesigne designe;
    private final Perimetre perimetre;

    AvisDOpportunite(PoleRepository poles, ReunionPoleRepository reunions, MembrePoleRepository membres,
            DossierService dossiers, AvisDesPoles avisDesPoles, PoleDesigne designe, Perimetre perimetre,
            Bassins bassins) {
        this.bassins = bassins;
        this.perimetre = perimetre;
        this.designe = designe;
        this.poles = poles;
        this.reunions = reunions;
        this.membres = membres;
        this.dossiers = dossiers;
        this.avisDesPoles = avisDesPoles;
    }

    /** The avis the pôle gave: {@code reunionId}, the meeting where it was given by consensus. */
    public record AvisDuPoleSaisi(Long reunionId, Decision decision, String motivation,
            String recommandation) {
    }

    @Transactional
    public DossierView rendre(long dossierId, AvisDuPoleSaisi saisie) {
        Dossier dossier = dossiers.charger(dossierId);
        avisDesPoles.verifierAttente(dossier);
        if (saisie == null) {
            throw new DonneesInvalidesException("reunionId", "L'avis du pôle est absent.");
        }
        List<ChampErreur> erreurs = new ArrayList<>();
        AvisDePole.Reunion reunion = reunion(dossier, saisie.reunionId(), erreurs);
        AvisDesPoles.AvisSaisi avis = new AvisDesPoles.AvisSaisi(saisie.decision(), saisie.motivation(),
                saisie.recommandation());
        avisDesPoles.verifier(dossier, avis, erreurs);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        return avisDesPoles.enregistrer(dossier, reunion, avis);
    }

    /** A meeting where the pôle may have given its avis, as the page offers it: « Pôle … — réunion du 12/11/2024 ». */
    public record ReunionPossible(long id, long poleId, String poleNom, LocalDate date, boolean webinaire,
            List<String> presents) {
    }

    /** The pôle a dossier designates, if it names one, and whether it is one of its bassin's pôles. */
    public record PoleDuDossier(Long poleId, String nom) {
    }

    /**
     * What the dossier's page says of the pôle's avis: the pôle designated (or null when the request names none),
     * whether the dossier waits for its avis, and every avis recorded (the first first).
     */
    public record SurLeDossier(PoleDuDossier pole, boolean enAttente, List<AvisDePole> rendus) {
    }

    /** A dossier that waits for the pôle's avis, as the pôle's page lists it beside each meeting held since. */
    public record DossierEnAttente(long id, String reference, String objet, LocalDate dateReception) {
    }

    /**
     * The dossiers that wait for this pôle's avis: those that designate it, and those that designate none (the pôle is
     * then the meeting's); for the users of the bassin carrying the pôle only (the dossiers are its own), none else.
     */
    @Transactional(readOnly = true)
    public List<DossierEnAttente> enAttenteDuPole(long poleId) {
        Pole pole = poles.findById(poleId).orElse(null);
        if (pole == null || !perimetre.voit(pole.getBassin()) || designe.pourquoiPas(poleId, pole.getBassin()).isPresent()) {
            return List.of();
        }
        return avisDesPoles.enAttente(pole.getBassin()).stream()
                .filter(d -> {
                    PoleDuDossier demande = poleDuDossier(d);
                    return demande == null || demande.poleId() == poleId;
                })
                .map(d -> new DossierEnAttente(d.getId(), d.getReference(), d.getObjet(), d.getDateReception()))
                .toList();
    }

    /** For an avis d'opportunité: the pôle it designates, whether it waits for the pôle's avis, the avis given. */
    @Transactional(readOnly = true)
    public SurLeDossier surLeDossier(long dossierId) {
        Dossier dossier = dossiers.charger(dossierId);
        return new SurLeDossier(poleDuDossier(dossier), AvisDesPoles.attend(dossier),
                avisDesPoles.rendus(dossier.getId()));
    }

    /** The dossier waiting for its pôle's avis (409 otherwise) and the pôle it designates. */
    @Transactional(readOnly = true)
    public PoleDuDossier enAttente(long dossierId) {
        Dossier dossier = dossiers.charger(dossierId);
        avisDesPoles.verifierAttente(dossier);
        return poleDuDossier(dossier);
    }

    /**
     * The meetings where the pôle may have given its avis on the dossier: those of the pôle it designates (of every
     * pôle of its bassin in activity when it names none), held since the request was received, the latest first.
     */
    @Transactional(readOnly = true)
    public List<ReunionPossible> reunionsPossibles(long dossierId) {
        Dossier dossier = dossiers.charger(dossierId);
        Long designe = poleDuDossier(dossier) == null ? null : poleDuDossier(dossier).poleId();
        List<Pole> candidats = designe != null ? poles.findById(designe).stream().toList()
                : poles.duBassin(List.of(dossier.getBassin()));
        return candidats.stream()
                .filter(p -> p.getBassin().equals(dossier.getBassin())
                        && this.designe.pourquoiPas(p.getId(), dossier.getBassin()).isEmpty())
                .flatMap(p -> {
                    Map<Long, MembrePole> parId = membres.findByPoleIdOrderByCategorieAscOrganisationAscIdAsc(p.getId())
                            .stream().collect(Collectors.toMap(MembrePole::getId, Function.identity()));
                    return reunions.findByPoleIdOrderByDateAscIdAsc(p.getId()).stream()
                            .filter(r -> !r.getDate().isBefore(dossier.getDateReception()))
                            .map(r -> new ReunionPossible(r.getId(), p.getId(), p.getNom(), r.getDate(),
                                    r.isWebinaire(), presents(r, parId)));
                })
                .sorted(java.util.Comparator.comparing(ReunionPossible::date).reversed()
                        .thenComparing(ReunionPossible::poleNom))
                .toList();
    }

    private PoleDuDossier poleDuDossier(Dossier dossier) {
        JsonNode demande = dossier.getDonnees() == null ? null : dossier.getDonnees().get(PoleDesigne.POLE_ID);
        if (demande == null || !demande.canConvertToLong()) {
            return null;
        }
        return new PoleDuDossier(demande.longValue(), poles.findById(demande.longValue())
                .filter(p -> p.getBassin().equals(dossier.getBassin())).map(Pole::getNom).orElse(null));
    }

    private static List<String> presents(ReunionPole reunion, Map<Long, MembrePole> parId) {
        return reunion.getPresences().stream().filter(ReunionPole.Presence::present)
                .map(p -> parId.get(p.membreId())).map(m -> "%s (%s)".formatted(m.getOrganisation(),
                        m.getRepresentant())).toList();
    }

    /**
     * The meeting where the pôle the dossier designates gave its avis: held since the request was received, with
     * members present to reach a consensus. Without {@code poleId} in the dossier, the meeting's pôle must be an
     * active pôle of the dossier's bassin.
     */
    private AvisDePole.Reunion reunion(Dossier dossier, Long reunionId, List<ChampErreur> erreurs) {
        if (reunionId == null) {
            erreurs.add(new ChampErreur("reunionId", "La réunion du pôle où l'avis a été rendu est obligatoire."));
            return null;
        }
        ReunionPole reunion = reunions.findById(reunionId).orElse(null);
        Pole pole = reunion == null ? null : poles.findById(reunion.getPoleId()).orElse(null);
        if (pole == null || !pole.getBassin().equals(dossier.getBassin())) {
            erreurs.add(new ChampErreur("reunionId", "Aucune réunion n° %d d'un pôle du bassin de %s."
                    .formatted(reunionId, bassins.nom(dossier.getBassin()))));
            return null;
        }
        JsonNode demande = dossier.getDonnees() == null ? null : dossier.getDonnees().get(PoleDesigne.POLE_ID);
        if (demande != null && demande.canConvertToLong() && demande.longValue() != pole.getId()) {
            String nom = poles.findById(demande.longValue()).map(Pole::getNom).orElse("n° " + demande.longValue());
            erreurs.add(new ChampErreur("reunionId", "La réunion du %s est celle de « %s » ; le dossier demande l'avis "
                    .formatted(reunion.getDate().format(PoleView.DATE), pole.getNom()) + "de « %s »."
                    .formatted(nom)));
            return null;
        }
        designe.pourquoiPas(pole.getId(), dossier.getBassin()).ifPresent(m -> erreurs.add(new ChampErreur("reunionId", m)));
        if (reunion.getDate().isBefore(dossier.getDateReception())) {
            erreurs.add(new ChampErreur("reunionId", "La réunion du %s précède la réception de la demande (%s)."
                    .formatted(reunion.getDate().format(PoleView.DATE),
                            dossier.getDateReception().format(PoleView.DATE))));
        }
        Map<Long, MembrePole> parId = membres.findByPoleIdOrderByCategorieAscOrganisationAscIdAsc(pole.getId())
                .stream().collect(Collectors.toMap(MembrePole::getId, Function.identity()));
        List<String> presents = presents(reunion, parId);
        if (presents.isEmpty()) {
            // « Il prend ses décisions par consensus » (004 l.37): no member present, no consensus
            erreurs.add(new ChampErreur("reunionId", "Aucun membre du pôle n'était présent à la réunion du %s : "
                    .formatted(reunion.getDate().format(PoleView.DATE)) + "le pôle n'a pu y décider par consensus."));
        }
        return new AvisDePole.Reunion(pole.getId(), pole.getNom(), reunion.getId(), reunion.getDate(), presents);
    }
}
