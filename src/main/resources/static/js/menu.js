// The main navigation folds behind a menu button on a narrow screen. Without this script the
// navigation is simply shown, so every page works without JavaScript.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.querySelector('.vv-menu-button');
  if (!button) {
    return;
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    button.setAttribute('aria-expanded', String(button.getAttribute('aria-expanded') !== 'true'));
  });
});
