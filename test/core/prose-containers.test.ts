/**
 * Layout wrappers named for the furniture beside them ("with-sidebar") lose that name when they
 * hold most of the page's paragraphs; names that are the furniture itself keep it.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { keepProseContainers } from '../../src/core/prose-containers.ts';

const PARA = '<p>' + 'A sentence of the article that runs on for a while to make a paragraph. '.repeat(4) + '</p>';

function body(html: string): HTMLElement {
  return new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document.body;
}

describe('keepProseContainers', () => {
  it('renames a with-sidebar or with_header wrapper that holds the article', () => {
    const b = body(`<div class="responsive_page_frame with_header">` +
      `<article class="template template-with-sidebar" id="x">${PARA.repeat(3)}</article></div>`);
    expect(keepProseContainers(b)).toBe(2);
    expect(b.querySelector('article')!.hasAttribute('class')).toBe(false);
    expect(b.querySelector('[class]')).toBeNull();
  });

  it('keeps names that are the furniture itself, even around long text', () => {
    const b = body(`<div class="footer">${PARA.repeat(5)}</div><div class="sidebar-left">${PARA.repeat(5)}</div>`);
    expect(keepProseContainers(b)).toBe(0);
    expect(b.querySelector('.footer')).not.toBeNull();
  });

  it('renames a footer-named wrapper that holds two thirds of the page\'s prose, in long paragraphs', () => {
    const b = body(`<main>${PARA.repeat(2)}</main><div class="page-footer"><div class="venues">${PARA.repeat(8)}</div></div>`);
    expect(keepProseContainers(b)).toBe(1);
    expect(b.querySelector('.page-footer')).toBeNull();
    // Under two thirds, or too little prose in it, the footer is the page's.
    const half = body(`<main>${PARA.repeat(5)}</main><div class="page-footer">${PARA.repeat(8)}</div>`);
    expect(keepProseContainers(half)).toBe(0);
    const little = body(`<main><p>Short.</p></main><div class="page-footer">${PARA.repeat(3)}</div>`);
    expect(keepProseContainers(little)).toBe(0);
  });

  it('keeps a wrapper that holds less than half of the paragraphs', () => {
    const b = body(`<div class="has-banner">${PARA}</div><main>${PARA.repeat(2)}</main>`);
    expect(keepProseContainers(b)).toBe(0);
  });

  it('does nothing on a page with little prose', () => {
    const b = body('<div class="layout-with-sidebar"><p>Short.</p></div>');
    expect(keepProseContainers(b)).toBe(0);
  });

  it('takes a menu-sounding name off the wrappers of a MathML formula, and only off those', () => {
    const formula = '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>a</mi><mo>≠</mo><mn>0</mn></math>';
    const b = body(`<div class="nav-menu"><p>Home</p><p>${'Section '.repeat(20)}</p>` +
      `<mjx-container class="MathJax CtxtMenu_Attached_0"><mjx-math aria-hidden="true"></mjx-math>` +
      `<mjx-assistive-mml>${formula}</mjx-assistive-mml></mjx-container></div>`);
    expect(keepProseContainers(b)).toBe(1);
    expect(b.querySelector('mjx-container')!.hasAttribute('class')).toBe(false);
    // The menu around it holds more than the formula: it keeps its name.
    expect(b.querySelector('.nav-menu')).not.toBeNull();
  });

  it('takes a layout word ("widget", "overflow-hidden") off a wrapper of prose among plain paragraphs, and keeps its other names', () => {
    const b = body(`<div class="post">${PARA}<div class="ck-widget grid" id="hs_wrapper_widget_12"><div class="ck-widget row">${PARA.repeat(2)}</div></div>` +
      `${PARA}<div class="card overflow-hidden">${PARA.repeat(2)}</div></div>`);
    expect(keepProseContainers(b)).toBe(3);
    const grid = b.querySelector('.grid')!;
    expect(grid.getAttribute('class')).not.toMatch(/widget/);
    expect(grid.hasAttribute('id')).toBe(false);
    // The widget inside the widget goes with it.
    expect(grid.firstElementChild!.classList.contains('row')).toBe(true);
    expect(grid.firstElementChild!.getAttribute('class')).not.toMatch(/widget/);
    expect(b.querySelector('.card')!.getAttribute('class')).not.toMatch(/hidden/);
  });

  it('keeps a layout word that comes with clutter, around too little prose, or where every block is a widget', () => {
    const b = body(`<div class="post">${PARA}<div class="related-widget">${PARA.repeat(3)}</div>` +
      `<div class="text-widget"><p>Short note.</p></div></div>` +
      `<div class="builder"><div class="widget text">${PARA.repeat(2)}</div><div class="widget text">${PARA.repeat(2)}</div></div>`);
    expect(keepProseContainers(b)).toBe(0);
    expect(b.querySelector('.related-widget')).not.toBeNull();
    expect(b.querySelector('.text-widget')).not.toBeNull();
    expect(b.querySelectorAll('.widget')).toHaveLength(2);
  });
});
