// Hides a task form's field while its condition holds (conditional.hide of the .form, read by the server into
// data-masquer-* attributes). Without JavaScript every field shows; the server ignores a hidden field anyway.
(function () {
  function valeur(formulaire, nom) {
    var champ = formulaire.elements[nom];
    if (!champ) { return null; }
    if (champ.type === 'checkbox') { return champ.checked; }
    return champ.value === '' ? null : champ.value;
  }
  function masque(formulaire, bloc) {
    var v = valeur(formulaire, bloc.dataset.masquerChamp);
    switch (bloc.dataset.masquerOperateur) {
      case 'VRAI': return v === true;
      case 'FAUX': return v !== true;
      case 'EGAL': return v === bloc.dataset.masquerValeur;
      default: return v !== bloc.dataset.masquerValeur;
    }
  }
  function appliquer(formulaire) {
    formulaire.querySelectorAll('[data-masquer-champ]').forEach(function (bloc) {
      bloc.classList.toggle('cache', masque(formulaire, bloc));
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.formulaire-tache').forEach(function (formulaire) {
      appliquer(formulaire);
      formulaire.addEventListener('input', function () { appliquer(formulaire); });
      formulaire.addEventListener('change', function () { appliquer(formulaire); });
    });
  });
})();

// "Revenir à la page précédente" on the error pages: the browser's history when there is one, the home page without
// JavaScript (no inline script: the pages' Content-Security-Policy allows only the application's own files).
document.addEventListener('click', function (evenement) {
  var lien = evenement.target.closest('a[data-retour]');
  if (lien && window.history.length > 1) {
    evenement.preventDefault();
    window.history.back();
  }
});
