package be.ibefe.avis.audit;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.AbstractEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.CollectionType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;
import org.springframework.stereotype.Component;

/**
 * Records in the journal every insert, update and delete of the application's entities (dossiers and their
 * history and criteria, séances and their points, mandates, documents, e-mails, métiers prioritaires, letter
 * templates), from Hibernate's own events: no code path can change them without leaving an entry.
 */
@Component
class AuditEntites implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionUpdateEventListener {

    private final EntityManagerFactory entityManagerFactory;
    private final Journal journal;

    AuditEntites(EntityManagerFactory entityManagerFactory, Journal journal) {
        this.entityManagerFactory = entityManagerFactory;
        this.journal = journal;
    }

    @PostConstruct
    void enregistrer() {
        EventListenerRegistry registre = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        registre.appendListeners(EventType.POST_INSERT, this);
        registre.appendListeners(EventType.POST_UPDATE, this);
        registre.appendListeners(EventType.POST_DELETE, this);
        registre.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        journal.consignerAuFlush("CREATION", nom(event.getEntity()), event.getId(), dossier(event.getEntity()),
                null, etat(event.getPersister(), event.getState(), null, event));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        int[] modifiees = event.getDirtyProperties();
        if (modifiees == null || modifiees.length == 0) {
            return;
        }
        journal.consignerAuFlush("MODIFICATION", nom(event.getEntity()), event.getId(),
                dossier(event.getEntity()), etat(event.getPersister(), event.getOldState(), modifiees,
                        event), etat(event.getPersister(), event.getState(), modifiees, event));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        journal.consignerAuFlush("SUPPRESSION", nom(event.getEntity()), event.getId(),
                dossier(event.getEntity()), etat(event.getPersister(), event.getDeletedState(), null,
                        event), null);
    }

    /**
     * A collection the other side owns ({@code mappedBy}, a dossier's history) writes nothing of its own: each of its
     * rows is journaled by its own insert, update or delete, and journaling the whole collection again would read
     * all of it at each change.
     */
    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        PersistentCollection<?> collection = event.getCollection();
        if (event.getSession().getFactory().getMappingMetamodel().getCollectionDescriptor(collection.getRole())
                .isInverse()) {
            return;
        }
        String role = collection.getRole().substring(collection.getRole().lastIndexOf('.') + 1);
        journal.consignerAuFlush("MODIFICATION", nom(event.getAffectedOwnerOrNull()) + "." + role,
                event.getAffectedOwnerIdOrNull(), dossier(event.getAffectedOwnerOrNull()),
                collection.getStoredSnapshot(), elements(event));
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** The entity's values by property name; other entities by their id, collections left to their own events. */
    private static Map<String, Object> etat(EntityPersister persister, Object[] valeurs, int[] seulement,
            AbstractEvent event) {
        Set<Integer> retenues = new HashSet<>();
        if (seulement != null) {
            Arrays.stream(seulement).forEach(retenues::add);
        }
        Map<String, Object> etat = new LinkedHashMap<>();
        String[] noms = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        for (int i = 0; i < noms.length; i++) {
            if ((seulement != null && !retenues.contains(i)) || types[i] instanceof CollectionType) {
                continue;
            }
            Object valeur = valeurs[i];
            if (types[i] instanceof EntityType && valeur != null) {
                valeur = event.getSession().getEntityPersister(null, valeur).getIdentifier(valeur, event.getSession());
            }
            etat.put(noms[i], valeur);
        }
        return etat;
    }

    private static Object elements(AbstractCollectionEvent event) {
        Object collection = event.getCollection();
        return collection instanceof Collection<?> elements ? List.copyOf(elements) : String.valueOf(collection);
    }

    private static String nom(Object entite) {
        return entite == null ? "?" : Hibernate.getClass(entite).getSimpleName();
    }

    private static Long dossier(Object entite) {
        return entite instanceof AppartientAuDossier rattachee ? rattachee.dossierAudite() : null;
    }
}
