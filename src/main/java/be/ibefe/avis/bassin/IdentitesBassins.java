package be.ibefe.avis.bassin;

import be.ibefe.avis.audit.Journal;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.ConflitException;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.Libelles;
import be.ibefe.avis.system.RessourceIntrouvableException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity of each bassin: read and edited by its coordination (an administrator for every bassin, the regional
 * role reads all), every change written to the audit journal with the values before and after; and read, for
 * nobody in particular, by the letters, procès-verbaux and reports of that bassin ({@link #enTete}). An edit names
 * the version it started from: one made on a version another edit has replaced is refused (409), never merged.
 */
@Service
public class IdentitesBassins {

    /** Largest logo accepted: a letterhead image, not a photograph. */
    public static final int TAILLE_MAX_LOGO = 256 * 1024;
    /** Largest width and height of a logo, read from its header before the image is decoded. */
    public static final int DIMENSION_MAX_LOGO = 2000;
    static final int SIGNATAIRES_MAX = 30;

    private static final byte[] MAGIC_PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] MAGIC_JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    /** Control characters other than the line breaks an address may hold. */
    private static final Pattern CONTROLE = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    private final BassinRepository repository;
    private final LogoBassinRepository logos;
    private final Perimetre perimetre;
    private final CurrentUser currentUser;
    private final Journal journal;
    private final TypesTransmis typesTransmis;
    private final Clock clock;

    IdentitesBassins(BassinRepository repository, LogoBassinRepository logos, Perimetre perimetre,
            CurrentUser currentUser, Journal journal, TypesTransmis typesTransmis, Clock clock) {
        this.typesTransmis = typesTransmis;
        this.repository = repository;
        this.logos = logos;
        this.perimetre = perimetre;
        this.currentUser = currentUser;
        this.journal = journal;
        this.clock = clock;
    }

    public record SignataireSaisi(String organe, String nom, String fonction, LocalDate debut, LocalDate fin) {
    }

    /** The administration that receives the avis of one type: {@code type} an avis type code, the name required. */
    public record AdministrationSaisie(String type, String nom, String adresse, String courriel) {
    }

    /**
     * The body of {@code PUT /api/bassins/{code}}: the whole identity, and the version it was edited from;
     * {@code administrations} absent ({@code null}) keeps those recorded, so that a client written before them does
     * not erase them; likewise {@code libelleCafe} and {@code libelleEnseignement}, the names of the bodies that give
     * no avis.
     */
    public record SaisieIdentite(Long version, String nom, String nomOfficiel, String libelleCsef,
            String libelleBureau, String libellePleniere, String libelleCafe, String libelleEnseignement,
            String adresse, String lieuSignature, List<SignataireSaisi> signataires,
            List<AdministrationSaisie> administrations) {
    }

    /** {@code attendue}: an administration asked for the avis of this type (it should be named). */
    public record AdministrationView(AvisType type, String typeLibelle, String nom, String adresse, String courriel,
            boolean attendue) {
    }

    public record SignataireView(Organe organe, String organeLibelle, String nom, String fonction, LocalDate debut,
            LocalDate fin) {
    }

    public record LogoView(String type, int taille, String adresse) {
    }

    /**
     * A bassin's identity as its page and {@code GET /api/bassins/{code}} show it; {@code manquants}: what letters
     * lack; {@code administrations}: one line per type of avis, the types an administration receives first;
     * {@code destinatairesManquants}: what keeps the avis from reaching an administration by e-mail.
     */
    public record IdentiteView(String code, String nom, long version, String nomOfficiel, String libelleCsef,
            String libelleBureau, String libellePleniere, String libelleCafe, String libelleEnseignement, String adresse, String lieuSignature, LogoView logo,
            List<SignataireView> signataires, List<String> manquants, List<AdministrationView> administrations,
            List<String> destinatairesManquants, String modifiePar, Instant modifieLe) {
    }

    public record Logo(String type, byte[] contenu) {
    }

    @Transactional(readOnly = true)
    public IdentiteView consulter(String code) {
        return vue(visible(code));
    }

    /**
     * Whether the current user may edit this bassin: an administrator any, its coordination its own — his own
     * bassins, not those the regional role lets him read.
     */
    public boolean peutModifier(String code) {
        List<String> groupes = currentUser.groupes();
        return groupes.contains(Groupes.ADMIN) || groupes.contains(Groupes.COORDINATION)
                && perimetre.bassinsPropres(currentUser.login()).contains(code.toUpperCase(Locale.ROOT));
    }

    public boolean estAdministrateur() {
        return currentUser.groupes().contains(Groupes.ADMIN);
    }

    @Transactional
    public IdentiteView modifier(String code, SaisieIdentite saisie) {
        Bassin bassin = modifiable(code);
        if (saisie == null) {
            throw new DonneesInvalidesException("nom", "L'identité du bassin est attendue (JSON).");
        }
        List<ChampErreur> erreurs = new ArrayList<>();
        String nom = texte(saisie.nom(), "nom", "Le nom du bassin", 200, true, false, erreurs);
        String nomOfficiel = texte(saisie.nomOfficiel(), "nomOfficiel", "Le nom officiel de l'Instance", 300, true,
                false, erreurs);
        String csef = texte(saisie.libelleCsef(), "libelleCsef", "Le nom de la chambre (CSEF ou CEF)", 200, true,
                false, erreurs);
        String bureau = texte(saisie.libelleBureau(), "libelleBureau", "Le nom du Bureau", 200, true, false, erreurs);
        String pleniere = texte(saisie.libellePleniere(), "libellePleniere", "Le nom de l'Instance plénière", 200,
                true, false, erreurs);
        String cafe = saisie.libelleCafe() == null ? bassin.getLibelleCafe() : texte(saisie.libelleCafe(),
                "libelleCafe", "Le nom du Comité des acteurs (CAFE)", 200, true, false, erreurs);
        String enseignement = saisie.libelleEnseignement() == null ? bassin.getLibelleEnseignement()
                : texte(saisie.libelleEnseignement(), "libelleEnseignement", "Le nom de la Chambre Enseignement", 200,
                        true, false, erreurs);
        String adresse = texte(saisie.adresse(), "adresse", "L'adresse postale", 500, false, true, erreurs);
        if (adresse != null && adresse.lines().count() > 6) {
            erreurs.add(new ChampErreur("adresse", "L'adresse postale tient en 6 lignes au plus."));
        }
        String lieu = texte(saisie.lieuSignature(), "lieuSignature", "Le lieu de signature", 100, false, false,
                erreurs);
        List<Signataire> signataires = signataires(saisie.signataires(), erreurs);
        List<Administration> administrations = administrations(saisie.administrations(), erreurs);
        if (saisie.version() == null) {
            erreurs.add(new ChampErreur("version",
                    "La version de l'identité que vous modifiez est obligatoire (celle que GET vous a donnée)."));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        verifierVersion(bassin, saisie.version());
        Map<String, Object> avant = journalise(bassin);
        bassin.modifier(new Bassin.Identite(nom, nomOfficiel, csef, bureau, pleniere, cafe, enseignement, adresse,
                lieu, signataires, administrations), currentUser.login(), clock.instant());
        repository.flush();
        journal.consigner("BASSIN_MODIFIE", "Bassin", bassin.getCode(), null, avant, journalise(bassin));
        return vue(bassin);
    }

    /** Replaces the letterhead logo: a PNG or JPEG of at most {@value #TAILLE_MAX_LOGO} bytes. */
    @Transactional
    public IdentiteView deposerLogo(String code, byte[] contenu, Long version) {
        Bassin bassin = modifiable(code);
        String type = verifierLogo(contenu);
        if (version != null) {
            verifierVersion(bassin, version);
        }
        Optional<LogoBassin> existant = logos.findById(bassin.getCode());
        Map<String, Object> avant = existant.map(l -> empreinte(l.getType(), l.getContenu())).orElse(null);
        existant.ifPresentOrElse(l -> l.remplacer(type, contenu),
                () -> logos.save(new LogoBassin(bassin.getCode(), type, contenu)));
        bassin.marquer(currentUser.login(), clock.instant());
        repository.flush();
        journal.consigner("BASSIN_LOGO_DEPOSE", "Bassin", bassin.getCode(), null, avant, empreinte(type, contenu));
        return vue(bassin);
    }

    @Transactional
    public IdentiteView supprimerLogo(String code, Long version) {
        Bassin bassin = modifiable(code);
        if (version != null) {
            verifierVersion(bassin, version);
        }
        LogoBassin logo = logos.findById(bassin.getCode()).orElseThrow(() -> new RessourceIntrouvableException(
                "Le bassin « %s » n'a pas de logo.".formatted(bassin.getNom())));
        logos.delete(logo);
        bassin.marquer(currentUser.login(), clock.instant());
        repository.flush();
        journal.consigner("BASSIN_LOGO_SUPPRIME", "Bassin", bassin.getCode(), null,
                empreinte(logo.getType(), logo.getContenu()), null);
        return vue(bassin);
    }

    @Transactional(readOnly = true)
    public Logo logo(String code) {
        Bassin bassin = visible(code);
        return logos.findById(bassin.getCode()).map(l -> new Logo(l.getType(), l.getContenu()))
                .orElseThrow(() -> new RessourceIntrouvableException(
                        "Le bassin « %s » n'a pas de logo.".formatted(bassin.getNom())));
    }

    /**
     * What a letter, a procès-verbal or a report of the bassin {@code code} prints about it on day {@code jour}: its
     * letterhead and the signatories in office that day. What the bassin has not filled in is printed as such, never
     * guessed. Read for nobody in particular (a letter is produced by the engine).
     */
    @Transactional(readOnly = true)
    public EnTete enTete(String code, LocalDate jour) {
        Bassin bassin = repository.findById(code)
                .orElseThrow(() -> new IllegalStateException("Bassin inconnu : " + code));
        String logo = logos.findById(code).map(l -> "data:%s;base64,%s".formatted(l.getType(),
                Base64.getEncoder().encodeToString(l.getContenu()))).orElse(null);
        List<SignataireView> enFonction = bassin.getSignataires().stream().filter(s -> s.enFonctionLe(jour))
                .map(s -> signataireView(bassin, s)).toList();
        return new EnTete(bassin.getCode(), bassin.getNom(), bassin.getNomOfficiel(),
                bassin.getAdresse() == null ? List.of() : bassin.getAdresse().lines().map(String::strip)
                        .filter(l -> !l.isEmpty()).toList(),
                bassin.getLieuSignature(), logo, noms(bassin), jour, enFonction);
    }

    /**
     * The names the bassin {@code code} gives its bodies, for an official text that needs no letterhead (a line of a
     * procès-verbal, a dossier's history, a sentence of the report). Read for nobody in particular, like
     * {@link #enTete}.
     */
    @Transactional(readOnly = true)
    public NomsDesOrganes noms(String code) {
        Bassin bassin = repository.findById(code)
                .orElseThrow(() -> new IllegalStateException("Bassin inconnu : " + code));
        return noms(bassin);
    }

    static NomsDesOrganes noms(Bassin bassin) {
        return new NomsDesOrganes(bassin.getLibelleCsef(), bassin.getLibelleBureau(), bassin.getLibellePleniere(),
                bassin.getLibelleCafe(), bassin.getLibelleEnseignement());
    }

    private Bassin visible(String code) {
        String cle = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        Optional<Bassin> bassin = repository.findById(cle);
        if (bassin.isEmpty() || !(perimetre.voit(cle) || currentUser.groupes().contains(Groupes.ADMIN))) {
            throw new RessourceIntrouvableException("Aucun bassin « %s ».".formatted(
                    code == null || code.length() <= 20 ? code : code.substring(0, 20) + "…"));
        }
        return bassin.get();
    }

    private Bassin modifiable(String code) {
        Bassin bassin = visible(code);
        if (!peutModifier(bassin.getCode())) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Seule la coordination du bassin (ou un administrateur) modifie son identité.");
        }
        return bassin;
    }

    private static void verifierVersion(Bassin bassin, long version) {
        if (bassin.getVersion() != version) {
            throw new ConflitException(("L'identité du bassin « %s » a été modifiée entre-temps (version %d, vous "
                    + "modifiiez la version %d) : rechargez-la et refaites vos changements.")
                    .formatted(bassin.getNom(), bassin.getVersion(), version));
        }
    }

    private static String texte(String valeur, String champ, String libelle, int max, boolean obligatoire,
            boolean lignes, List<ChampErreur> erreurs) {
        // a page's text area sends its line breaks as CRLF: kept as plain line breaks, as the API sends them
        String propre = valeur == null ? null : lignes ? valeur.strip().replace("\r\n", "\n") : valeur.strip();
        if (propre == null || propre.isEmpty()) {
            if (obligatoire) {
                erreurs.add(new ChampErreur(champ, libelle + " est obligatoire."));
            }
            return null;
        }
        if (propre.length() > max) {
            erreurs.add(new ChampErreur(champ, "%s compte %s caractères : %s au plus.".formatted(libelle,
                    Libelles.nombre(propre.length()), Libelles.nombre(max))));
        } else if (CONTROLE.matcher(propre).find() || !lignes && propre.matches("(?s).*[\\n\\r\\t].*")) {
            erreurs.add(new ChampErreur(champ, lignes ? libelle + " contient un caractère de contrôle."
                    : libelle + " tient sur une ligne, sans caractère de contrôle."));
        }
        return propre;
    }

    private static List<Signataire> signataires(List<SignataireSaisi> saisis, List<ChampErreur> erreurs) {
        List<Signataire> signataires = new ArrayList<>();
        if (saisis == null) {
            return signataires;
        }
        if (saisis.size() > SIGNATAIRES_MAX) {
            erreurs.add(new ChampErreur("signataires", "%d signataires au plus (%d donnés).".formatted(
                    SIGNATAIRES_MAX, saisis.size())));
            return signataires;
        }
        for (int i = 0; i < saisis.size(); i++) {
            String champ = "signataires[" + i + "]";
            SignataireSaisi saisi = saisis.get(i);
            if (saisi == null) {
                erreurs.add(new ChampErreur(champ, "Signataire vide."));
                continue;
            }
            Organe organe = null;
            if (saisi.organe() == null || Arrays.stream(Organe.values()).noneMatch(o -> o.name().equals(saisi.organe()))) {
                erreurs.add(new ChampErreur(champ + ".organe", "L'organe est obligatoire, parmi : %s.".formatted(
                        String.join(", ", Arrays.stream(Organe.values()).map(Organe::name).toList()))));
            } else {
                organe = Organe.valueOf(saisi.organe());
            }
            String nom = texte(saisi.nom(), champ + ".nom", "Le nom du signataire", 200, true, false, erreurs);
            String fonction = texte(saisi.fonction(), champ + ".fonction", "La fonction du signataire", 200, true,
                    false, erreurs);
            if (saisi.debut() != null && saisi.fin() != null && saisi.fin().isBefore(saisi.debut())) {
                erreurs.add(new ChampErreur(champ + ".fin", "La fin (%s) précède le début (%s).".formatted(
                        saisi.fin(), saisi.debut())));
            }
            signataires.add(new Signataire(organe, nom, fonction, saisi.debut(), saisi.fin()));
        }
        return signataires;
    }

    /** The administrations as typed, or null when the edit leaves them out (those recorded stay). */
    private static List<Administration> administrations(List<AdministrationSaisie> saisies, List<ChampErreur> erreurs) {
        if (saisies == null) {
            return null;
        }
        List<Administration> administrations = new ArrayList<>();
        if (saisies.size() > AvisType.values().length) {
            erreurs.add(new ChampErreur("administrations", "%d administrations au plus, une par type d'avis (%d données)."
                    .formatted(AvisType.values().length, saisies.size())));
            return administrations;
        }
        List<AvisType> vus = new ArrayList<>();
        for (int i = 0; i < saisies.size(); i++) {
            String champ = "administrations[" + i + "]";
            AdministrationSaisie saisie = saisies.get(i);
            if (saisie == null) {
                erreurs.add(new ChampErreur(champ, "Administration vide."));
                continue;
            }
            AvisType type = Arrays.stream(AvisType.values()).filter(t -> t.name().equals(saisie.type())).findFirst()
                    .orElse(null);
            if (type == null) {
                erreurs.add(new ChampErreur(champ + ".type", "Le type d'avis est obligatoire, parmi : %s.".formatted(
                        String.join(", ", Arrays.stream(AvisType.values()).map(AvisType::name).toList()))));
            } else if (vus.contains(type)) {
                erreurs.add(new ChampErreur(champ + ".type", ("Une seule administration par type d'avis : « %s » est "
                        + "déjà nommé plus haut.").formatted(type.libelle())));
            } else {
                vus.add(type);
            }
            String nom = texte(saisie.nom(), champ + ".nom", "Le nom de l'administration", 200, true, false, erreurs);
            String adresse = texte(saisie.adresse(), champ + ".adresse", "L'adresse postale de l'administration", 500,
                    false, true, erreurs);
            if (adresse != null && adresse.lines().count() > 6) {
                erreurs.add(new ChampErreur(champ + ".adresse", "L'adresse postale tient en 6 lignes au plus."));
            }
            String courriel = texte(saisie.courriel(), champ + ".courriel", "L'adresse électronique", 254, false,
                    false, erreurs);
            if (courriel != null && courriel.length() <= 254 && !adresseElectronique(courriel)) {
                erreurs.add(new ChampErreur(champ + ".courriel", ("« %s » n'est pas une adresse électronique "
                        + "(nom@domaine.be).").formatted(courriel.length() > 60 ? courriel.substring(0, 60) + "…"
                                : courriel)));
            }
            administrations.add(new Administration(type, nom, adresse, courriel));
        }
        return administrations;
    }

    /** One plain address, nom@domaine.tld: no display name, no list, no local host. */
    private static boolean adresseElectronique(String courriel) {
        try {
            InternetAddress adresse = new InternetAddress(courriel, true);
            return adresse.getAddress().equals(courriel) && courriel.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
        } catch (AddressException e) {
            return false;
        }
    }

    /** The type of an acceptable logo, from its first bytes and its header; refused otherwise, naming the limit. */
    static String verifierLogo(byte[] contenu) {
        if (contenu == null) {
            throw new DonneesInvalidesException("fichier", "Joignez l'image du logo (champ « fichier »).");
        }
        if (contenu.length == 0) {
            throw new DonneesInvalidesException("fichier", "Le fichier du logo est vide.");
        }
        if (contenu.length > TAILLE_MAX_LOGO) {
            throw new DonneesInvalidesException("fichier", "Le logo dépasse 256 Ko : %s octets au plus."
                    .formatted(Libelles.nombre(TAILLE_MAX_LOGO)));
        }
        String type = commencePar(contenu, MAGIC_PNG) ? "image/png"
                : commencePar(contenu, MAGIC_JPEG) ? "image/jpeg" : null;
        if (type == null) {
            throw new DonneesInvalidesException("fichier", "Le logo doit être une image PNG ou JPEG.");
        }
        try (ImageInputStream entree = ImageIO.createImageInputStream(new ByteArrayInputStream(contenu))) {
            Iterator<ImageReader> lecteurs = ImageIO.getImageReaders(entree);
            if (!lecteurs.hasNext()) {
                throw new DonneesInvalidesException("fichier", "Le logo n'est pas une image lisible.");
            }
            ImageReader lecteur = lecteurs.next();
            try {
                lecteur.setInput(entree, true, true);
                int largeur = lecteur.getWidth(0);
                int hauteur = lecteur.getHeight(0);
                if (largeur > DIMENSION_MAX_LOGO || hauteur > DIMENSION_MAX_LOGO) {
                    throw new DonneesInvalidesException("fichier", "Le logo mesure %s × %s pixels : %s × %3$s au plus."
                            .formatted(Libelles.nombre(largeur), Libelles.nombre(hauteur),
                                    Libelles.nombre(DIMENSION_MAX_LOGO)));
                }
                lecteur.read(0);
            } finally {
                lecteur.dispose();
            }
        } catch (IOException | RuntimeException illisible) {
            if (illisible instanceof DonneesInvalidesException refus) {
                throw refus;
            }
            throw new DonneesInvalidesException("fichier", "Le logo n'est pas une image lisible.");
        }
        return type;
    }

    private static boolean commencePar(byte[] contenu, byte[] debut) {
        return contenu.length >= debut.length && Arrays.equals(contenu, 0, debut.length, debut, 0, debut.length);
    }

    private IdentiteView vue(Bassin bassin) {
        LogoView logo = logos.findById(bassin.getCode()).map(l -> new LogoView(l.getType(), l.getContenu().length,
                "/api/bassins/" + bassin.getCode() + "/logo")).orElse(null);
        return new IdentiteView(bassin.getCode(), bassin.getNom(), bassin.getVersion(), bassin.getNomOfficiel(),
                bassin.getLibelleCsef(), bassin.getLibelleBureau(), bassin.getLibellePleniere(),
                bassin.getLibelleCafe(), bassin.getLibelleEnseignement(), bassin.getAdresse(),
                bassin.getLieuSignature(), logo,
                bassin.getSignataires().stream().map(s -> signataireView(bassin, s)).toList(),
                manquants(bassin, LocalDate.now(clock.withZone(be.ibefe.avis.system.ClockConfig.BRUXELLES))),
                administrationsView(bassin), lacunes(bassin), bassin.getModifiePar(), bassin.getModifieLe());
    }

    /** Every type of avis, those an administration receives first, with the administration the bassin named. */
    private List<AdministrationView> administrationsView(Bassin bassin) {
        return Arrays.stream(AvisType.values())
                .sorted(Comparator.comparing((AvisType t) -> !typesTransmis.attendu(t)))
                .map(type -> {
                    Optional<Administration> administration = administration(bassin, type);
                    return new AdministrationView(type, type.libelle(),
                            administration.map(Administration::getNom).orElse(null),
                            administration.map(Administration::getAdresse).orElse(null),
                            administration.map(Administration::getCourriel).orElse(null), typesTransmis.attendu(type));
                }).toList();
    }

    private static Optional<Administration> administration(Bassin bassin, AvisType type) {
        return bassin.getAdministrations().stream().filter(a -> a.getTypeAvis() == type).findFirst();
    }

    /**
     * The administration of the bassin {@code code} that receives its avis of this type, if it named one; read for
     * nobody in particular (the notification of a dossier of that bassin).
     */
    @Transactional(readOnly = true)
    public Optional<Administration> administration(String code, AvisType type) {
        return repository.findById(code).flatMap(b -> administration(b, type));
    }

    /** Whether an avis of this type goes to an administration (named by the bassin or not yet). */
    public boolean transmis(String code, AvisType type) {
        return typesTransmis.attendu(type) || administration(code, type).isPresent();
    }

    /**
     * What keeps the bassin's avis of this type from reaching their administration by e-mail, as a sentence for the
     * dossier page; empty when nothing does (or when no administration receives this type).
     */
    @Transactional(readOnly = true)
    public Optional<String> lacune(String code, AvisType type) {
        return repository.findById(code).flatMap(b -> lacune(b, type));
    }

    /** {@link #lacune} for every type of the bassin {@code code}: the dashboard's warnings. */
    @Transactional(readOnly = true)
    public List<String> lacunes(String code) {
        return repository.findById(code).map(this::lacunes).orElse(List.of());
    }

    private List<String> lacunes(Bassin bassin) {
        return Arrays.stream(AvisType.values()).map(t -> lacune(bassin, t)).flatMap(Optional::stream).toList();
    }

    private Optional<String> lacune(Bassin bassin, AvisType type) {
        Optional<Administration> administration = administration(bassin, type);
        if (administration.isEmpty()) {
            return typesTransmis.attendu(type) ? Optional.of(("Le bassin %s n'a pas désigné l'administration qui "
                    + "reçoit les avis « %s » : la transmission est à poster, destinataire à configurer.")
                    .formatted(bassin.getNom(), type.libelle())) : Optional.empty();
        }
        Administration a = administration.get();
        if (a.getCourriel() != null) {
            return Optional.empty();
        }
        return Optional.of((a.getAdresse() == null
                ? "Le bassin %s n'a ni adresse électronique ni adresse postale pour l'administration qui reçoit les "
                        + "avis « %s » (%s) : lettre à poster, adresse à compléter."
                : "Le bassin %s n'a pas d'adresse électronique pour l'administration qui reçoit les avis « %s » (%s) :"
                        + " lettre à poster.").formatted(bassin.getNom(), type.libelle(), a.getNom()));
    }

    /** What the letters of the bassin would print « non renseigné » today. */
    private static List<String> manquants(Bassin bassin, LocalDate jour) {
        List<String> manquants = new ArrayList<>();
        if (bassin.getNomOfficiel() == null) {
            manquants.add("le nom officiel de l'Instance");
        }
        if (bassin.getAdresse() == null) {
            manquants.add("l'adresse postale");
        }
        if (bassin.getLieuSignature() == null) {
            manquants.add("le lieu de signature");
        }
        for (Organe organe : Organe.values()) {
            if (!organe.signeLesAvis()) {
                continue;
            }
            if (bassin.getSignataires().stream().noneMatch(s -> s.getOrgane() == organe && s.enFonctionLe(jour))) {
                manquants.add("un signataire en fonction aujourd'hui pour « %s »".formatted(libelle(bassin, organe)));
            }
        }
        return manquants;
    }

    static String libelle(Bassin bassin, Organe organe) {
        return organe == Organe.COORDINATION ? "Coordination" : noms(bassin).libelle(Chambre.valueOf(organe.name()));
    }

    /** The bodies a signatory may be named for, each as the bassin names it, for the identity's form. */
    @Transactional(readOnly = true)
    public Map<Organe, String> organes(String code) {
        Bassin bassin = visible(code);
        Map<Organe, String> organes = new java.util.LinkedHashMap<>();
        for (Organe organe : Organe.values()) {
            organes.put(organe, libelle(bassin, organe));
        }
        return organes;
    }

    private static SignataireView signataireView(Bassin bassin, Signataire s) {
        return new SignataireView(s.getOrgane(), libelle(bassin, s.getOrgane()), s.getNom(), s.getFonction(),
                s.getDebut(), s.getFin());
    }

    /** What the journal keeps of an identity: everything but the logo, which has entries of its own. */
    private static Map<String, Object> journalise(Bassin bassin) {
        Map<String, Object> valeurs = new LinkedHashMap<>();
        valeurs.put("version", bassin.getVersion());
        valeurs.put("nom", bassin.getNom());
        valeurs.put("nomOfficiel", bassin.getNomOfficiel());
        valeurs.put("libelleCsef", bassin.getLibelleCsef());
        valeurs.put("libelleBureau", bassin.getLibelleBureau());
        valeurs.put("libellePleniere", bassin.getLibellePleniere());
        valeurs.put("libelleCafe", bassin.getLibelleCafe());
        valeurs.put("libelleEnseignement", bassin.getLibelleEnseignement());
        valeurs.put("adresse", bassin.getAdresse());
        valeurs.put("lieuSignature", bassin.getLieuSignature());
        valeurs.put("signataires", bassin.getSignataires().stream().map(s -> {
            Map<String, Object> signataire = new LinkedHashMap<>();
            signataire.put("organe", s.getOrgane().name());
            signataire.put("nom", s.getNom());
            signataire.put("fonction", s.getFonction());
            signataire.put("debut", Objects.toString(s.getDebut(), null));
            signataire.put("fin", Objects.toString(s.getFin(), null));
            return signataire;
        }).toList());
        valeurs.put("administrations", bassin.getAdministrations().stream().map(a -> {
            Map<String, Object> administration = new LinkedHashMap<>();
            administration.put("type", a.getTypeAvis().name());
            administration.put("nom", a.getNom());
            administration.put("adresse", a.getAdresse());
            administration.put("courriel", a.getCourriel());
            return administration;
        }).toList());
        return valeurs;
    }

    private static Map<String, Object> empreinte(String type, byte[] contenu) {
        try {
            return Map.of("type", type, "taille", contenu.length, "sha256",
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
