package be.ibefe.avis.bassin;

import be.ibefe.avis.bassin.IdentitesBassins.SignataireView;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a document of a bassin prints about the bassin on a given day: its letterhead (official name, address,
 * logo as a {@code data:} URI), its place of signature, the names of its bodies and the signatories in office that
 * day. Every item the bassin has not filled in reads « [à compléter : …] », so that a letter shows the gap instead
 * of inventing anything. Used by the templates (shared fragment {@code templates/fragments/bassin.html}).
 */
public record EnTete(String code, String nom, String nomOfficielSaisi, List<String> adresseSaisie, String lieuSaisi,
        String logo, NomsDesOrganes noms, LocalDate jour,
        List<SignataireView> signataires) {

    /** One signature at the foot of a document; {@code manquant}: the body has nobody in office that day. */
    public record Signature(String organe, String nom, String fonction, boolean manquant) {
    }

    public String nomOfficiel() {
        return nomOfficielSaisi != null ? nomOfficielSaisi
                : "[à compléter : nom officiel de l'Instance du bassin %s]".formatted(nom);
    }

    public List<String> adresse() {
        return adresseSaisie.isEmpty() ? List.of("[à compléter : adresse postale de l'Instance]") : adresseSaisie;
    }

    public String lieu() {
        return lieuSaisi != null ? lieuSaisi : "[à compléter : lieu de signature]";
    }

    public String libelle(Chambre chambre) {
        return noms().libelle(chambre);
    }

    /** The body's name with its article, as a sentence names it: « la CSEF », « le Bureau… », « l'Instance plénière ». */
    public String designation(Chambre chambre) {
        return noms().designation(chambre);
    }

    public String libelle(Organe organe) {
        return organe == Organe.COORDINATION ? "Coordination" : libelle(Chambre.valueOf(organe.name()));
    }

    /**
     * The signatures of these bodies in this order: whoever is in office for each that day, or a visible gap;
     * {@link Signature#organe()} names the body with its article (« la CSEF », « la coordination »).
     */
    public List<Signature> signatures(Organe... organes) {
        List<Signature> signatures = new ArrayList<>();
        for (Organe organe : organes) {
            String designation = organe == Organe.COORDINATION ? "la coordination"
                    : designation(Chambre.valueOf(organe.name()));
            List<SignataireView> siens = signataires.stream().filter(s -> s.organe() == organe).toList();
            if (siens.isEmpty()) {
                signatures.add(new Signature(designation, "[à compléter : signataire pour %s au %s]"
                        .formatted(designation, jour.format(JOUR)), "", true));
            }
            siens.forEach(s -> signatures.add(new Signature(designation, s.nom(), s.fonction(), false)));
        }
        return signatures;
    }

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
}
