package be.ibefe.avis.bassin;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An Instance Bassin EFE served by this deployment; its code prefixes the references of its dossiers. Its identity
 * (official name, names of its bodies, address, place of signature, signatories) is data its coordination edits:
 * letters, procès-verbaux and reports read it, never a global setting.
 */
@Entity
@Table(name = "bassin")
public class Bassin {

    /** The generic names of the bodies (the shared domain document), which a new bassin starts from and corrects. */
    static final String LIBELLE_CSEF = "Chambre Subrégionale de l'Emploi et de la Formation";
    static final String LIBELLE_BUREAU = "Bureau de l'Instance Bassin EFE";
    static final String LIBELLE_PLENIERE = "Instance plénière";
    static final String LIBELLE_CAFE = "Comité des acteurs pour la formation et l'emploi (CAFE)";
    static final String LIBELLE_ENSEIGNEMENT = "Chambre Enseignement";

    @Id
    private String code;

    @Version
    private long version;

    private String nom;

    @Column(name = "nom_officiel")
    private String nomOfficiel;

    @Column(name = "libelle_csef")
    private String libelleCsef = LIBELLE_CSEF;

    @Column(name = "libelle_bureau")
    private String libelleBureau = LIBELLE_BUREAU;

    @Column(name = "libelle_pleniere")
    private String libellePleniere = LIBELLE_PLENIERE;

    @Column(name = "libelle_cafe")
    private String libelleCafe = LIBELLE_CAFE;

    @Column(name = "libelle_enseignement")
    private String libelleEnseignement = LIBELLE_ENSEIGNEMENT;

    private String adresse;

    @Column(name = "lieu_signature")
    private String lieuSignature;

    @Column(name = "modifie_par")
    private String modifiePar;

    @Column(name = "modifie_le")
    private Instant modifieLe;

    @ElementCollection
    @CollectionTable(name = "bassin_signataire", joinColumns = @JoinColumn(name = "bassin"))
    @OrderColumn(name = "rang")
    private List<Signataire> signataires = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bassin_administration", joinColumns = @JoinColumn(name = "bassin"))
    @OrderBy("typeAvis")
    private List<Administration> administrations = new ArrayList<>();

    protected Bassin() {
    }

    Bassin(String code, String nom) {
        this.code = code;
        this.nom = nom;
    }

    /** One of the AIBEFE's bassins, activated: it starts from the names the sources give it, its own if given. */
    Bassin(BassinReference reference, String nom) {
        this(reference.getCode(), nom == null ? reference.getNom() : nom);
        nomOfficiel = reference.getNomOfficiel();
        if (reference.getLibelleCsef() != null) {
            libelleCsef = reference.getLibelleCsef();
        }
    }

    /**
     * Replaces the whole identity (the signatories included); the administrations too, unless the identity leaves
     * them out ({@code null}: an edit made by a client that does not know them keeps them).
     */
    void modifier(Identite identite, String par, Instant le) {
        nom = identite.nom();
        nomOfficiel = identite.nomOfficiel();
        libelleCsef = identite.libelleCsef();
        libelleBureau = identite.libelleBureau();
        libellePleniere = identite.libellePleniere();
        libelleCafe = identite.libelleCafe();
        libelleEnseignement = identite.libelleEnseignement();
        adresse = identite.adresse();
        lieuSignature = identite.lieuSignature();
        signataires.clear();
        signataires.addAll(identite.signataires());
        if (identite.administrations() != null) {
            administrations.clear();
            administrations.addAll(identite.administrations());
        }
        marquer(par, le);
    }

    /** Records who changed the bassin last; also for its logo, so that its version moves with it. */
    void marquer(String par, Instant le) {
        modifiePar = par;
        modifieLe = le;
    }

    /** The editable identity, as validated ({@link Bassins#modifier}). */
    record Identite(String nom, String nomOfficiel, String libelleCsef, String libelleBureau, String libellePleniere,
            String libelleCafe, String libelleEnseignement, String adresse, String lieuSignature, List<Signataire> signataires, List<Administration> administrations) {
    }

    public String getCode() {
        return code;
    }

    public long getVersion() {
        return version;
    }

    public String getNom() {
        return nom;
    }

    public String getNomOfficiel() {
        return nomOfficiel;
    }

    public String getLibelleCsef() {
        return libelleCsef;
    }

    public String getLibelleBureau() {
        return libelleBureau;
    }

    public String getLibellePleniere() {
        return libellePleniere;
    }

    public String getLibelleCafe() {
        return libelleCafe;
    }

    public String getLibelleEnseignement() {
        return libelleEnseignement;
    }

    public String getAdresse() {
        return adresse;
    }

    public String getLieuSignature() {
        return lieuSignature;
    }

    public String getModifiePar() {
        return modifiePar;
    }

    public Instant getModifieLe() {
        return modifieLe;
    }

    public List<Signataire> getSignataires() {
        return List.copyOf(signataires);
    }

    public List<Administration> getAdministrations() {
        return List.copyOf(administrations);
    }
}
