// Adds a "Baca Juga" insert after load, as outlets' lazy widgets do, then flags that it did.
window.addEventListener('load', () => {
  setTimeout(() => {
    const body = document.querySelector('.read__content');
    const p = document.createElement('p');
    const strong = document.createElement('strong');
    const a = document.createElement('a');
    a.href = '/pages/lain-3.html';
    a.textContent = 'Sisipan Terlambat dari Skrip Halaman';
    strong.append('Baca Juga: ', a);
    p.append(strong);
    p.className = 'late-insert';
    body.insertBefore(p, body.children[4]);
    document.documentElement.dataset.lateInserted = '1';
  }, 100);
});
