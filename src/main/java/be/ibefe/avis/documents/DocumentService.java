package be.ibefe.avis.documents;

import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.TransitionsDuDossier;
import be.ibefe.avis.dossier.Trace;
import be.ibefe.avis.dossier.Traces;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.system.ActionInterditeException;
import be.ibefe.avis.system.CorpsTropVolumineuxException;
import be.ibefe.avis.system.DonneesInvalidesException;
import be.ibefe.avis.system.RessourceIntrouvableException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** The documents of a dossier: checked by content and size, kept with who deposited them and when. */
@Service
public class DocumentService {

    static final int LONGUEUR_NOM = 255;
    private static final Set<String> DEPOSANTS = Set.of(Groupes.EQUIPE, Groupes.COORDINATION);

    private final DocumentRepository repository;
    private final StockageDocuments stockage;
    private final DossierService dossiers;
    private final TransitionsDuDossier transitions;
    private final Traces traces;
    private final CurrentUser currentUser;
    private final long tailleMax;

    public DocumentService(DocumentRepository repository, StockageDocuments stockage, DossierService dossiers,
            TransitionsDuDossier transitions,
            Traces traces, CurrentUser currentUser, @Value("${avis.documents.taille-max}") DataSize tailleMax) {
        this.repository = repository;
        this.stockage = stockage;
        this.dossiers = dossiers;
        this.transitions = transitions;
        this.traces = traces;
        this.currentUser = currentUser;
        this.tailleMax = tailleMax.toBytes();
    }

    /**
     * Who may add a document to a dossier, whichever way (API or pages): the team and the coordination. The CSEF and
     * the regional role read the documents; the application itself (a letter) is no person acting on the web.
     */
    public boolean peutDeposer() {
        return !currentUser.estUtilisateurWeb() || currentUser.groupes().stream().anyMatch(DEPOSANTS::contains);
    }

    /**
     * The dossier a document is about to be added to: refused (403) to whom may not add one, not found (404) outside
     * the user's bassins. Asked before the file is even read, so that a refusal never depends on what was sent.
     */
    public Dossier pourDepot(long dossierId) {
        if (!peutDeposer()) {
            throw new ActionInterditeException("Seules l'équipe et la coordination déposent des documents.");
        }
        return dossiers.charger(dossierId);
    }

    public record Contenu(DocumentView document, byte[] octets) {
    }

    @Transactional
    public DocumentView deposer(long dossierId, String nomOriginal, byte[] contenu) throws CorpsTropVolumineuxException {
        Dossier dossier = pourDepot(dossierId);
        if (contenu.length > tailleMax) {
            throw new CorpsTropVolumineuxException(tailleMax);
        }
        if (contenu.length == 0) {
            throw new DonneesInvalidesException("fichier", "Le fichier est vide.");
        }
        String nom = nettoyer(nomOriginal);
        String extension = extension(nom);
        TypeDocument type = TypeDocument.reconnaitre(contenu, extension)
                .orElseThrow(() -> new DonneesInvalidesException("fichier", ("« %s » n'est pas d'un type admis. Types "
                        + "admis : %s.").formatted(nom, Arrays.stream(TypeDocument.values()).map(TypeDocument::libelle)
                        .collect(Collectors.joining(", ")))));
        if (!type.extensions().contains(extension)) {
            throw new DonneesInvalidesException("fichier", "Le contenu de « %s » est un(e) %s : son nom devrait se "
                    .formatted(nom, type.libelle()) + "terminer par ." + String.join(" ou .", type.extensions()) + ".");
        }
        Trace trace = traces.maintenant();
        Document document = enregistrer(new Document(dossierId, nom, type.mime(), contenu.length,
                empreinte(contenu), stockage.cheminPour(dossierId), trace.utilisateur(), trace.horodatage()));
        stockage.ecrire(document, contenu);
        transitions.consignerDocument(dossier, nom, trace);
        return DocumentView.de(document);
    }

    /** A document the application produced itself (a letter): no need to check what it is. */
    @Transactional
    public DocumentView enregistrerProduit(long dossierId, String nom, TypeDocument type, byte[] contenu) {
        Trace trace = traces.maintenant();
        Document document = enregistrer(new Document(dossierId, nom, type.mime(), contenu.length,
                empreinte(contenu), stockage.cheminPour(dossierId), trace.utilisateur(), trace.horodatage()));
        stockage.ecrire(document, contenu);
        return DocumentView.de(document);
    }

    @Transactional(readOnly = true)
    public List<DocumentView> liste(long dossierId) {
        dossiers.charger(dossierId);
        return repository.findByDossierIdOrderByDeposeLeAscIdAsc(dossierId).stream().map(DocumentView::de).toList();
    }

    /**
     * The documents of several dossiers at once, by dossier, for a caller that already holds these dossiers (a
     * séance's agenda): one query rather than one per dossier.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<DocumentView>> parDossier(Collection<Long> dossierIds) {
        return repository.findByDossierIdInOrderByDeposeLeAscIdAsc(dossierIds).stream()
                .collect(Collectors.groupingBy(Document::getDossierId,
                        Collectors.mapping(DocumentView::de, Collectors.toList())));
    }

    @Transactional(readOnly = true)
    public Contenu lire(long dossierId, long documentId) {
        Document document = document(dossierId, documentId);
        return new Contenu(DocumentView.de(document), stockage.lire(document));
    }

    /** What is known of a document (who, when, size), without reading its content. */
    @Transactional(readOnly = true)
    public DocumentView consulter(long dossierId, long documentId) {
        return DocumentView.de(document(dossierId, documentId));
    }

    private Document document(long dossierId, long documentId) {
        // a dossier of another bassin does not exist for the user, nor do its documents
        dossiers.charger(dossierId);
        return repository.findByIdAndDossierId(documentId, dossierId)
                .orElseThrow(() -> new RessourceIntrouvableException(
                        "Le dossier n° %d n'a pas de document n° %d.".formatted(dossierId, documentId)));
    }

    /** Only the last segment of what the browser sent, without control characters: never a path. */
    static String nettoyer(String nomOriginal) {
        String nom = Optional.ofNullable(nomOriginal).orElse("");
        nom = nom.substring(Math.max(nom.lastIndexOf('/'), nom.lastIndexOf('\\')) + 1);
        nom = nom.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").trim();
        while (nom.startsWith(".")) {
            nom = nom.substring(1);
        }
        if (nom.isBlank()) {
            nom = "document";
        }
        return nom.length() > LONGUEUR_NOM ? nom.substring(nom.length() - LONGUEUR_NOM) : nom;
    }

    private static String extension(String nom) {
        int point = nom.lastIndexOf('.');
        return point < 0 ? "" : nom.substring(point + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The document's row, inserted now: its content in the database (document_contenu, written by JDBC) refers to
     * it. Its id comes from a sequence (migration V41), so that saving alone would leave the insert to the flush.
     */
    private Document enregistrer(Document document) {
        return repository.saveAndFlush(document);
    }

    private static String empreinte(byte[] contenu) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
