package be.ibefe.avis.bassin;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A row that belongs to one bassin (a milestone, a year's thématiques, a pôle and what hangs from it): its generated
 * id, its optimistic-lock version and the bassin's code, columns {@code id}, {@code version} and {@code bassin} of
 * its own table. The journal records its changes like any entity's. The id comes from the table's own sequence,
 * {@code <table>_seq} (Hibernate's implicit name, e.g. {@code pole_membre_seq}), taken in blocks of 50 so that a
 * flush inserts its rows in one batch (migration V41).
 */
@MappedSuperclass
public abstract class LigneDuBassin {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Version
    private long version;

    private String bassin;

    protected LigneDuBassin() {
    }

    protected LigneDuBassin(String bassin) {
        this.bassin = bassin;
    }

    public Long getId() {
        return id;
    }

    public String getBassin() {
        return bassin;
    }
}
