function o(n){let e=document.readyState!=="loading";e&&n(),window.document$&&typeof window.document$.subscribe=="function"?window.document$.subscribe(n):e||document.addEventListener("DOMContentLoaded",n)}export{o as a};
//# sourceMappingURL=chunk-TM4675XX.js.map
