function e(t){return new URL("../../",t).pathname.toLowerCase()}var r=e(import.meta.url),o=new URL("../../",import.meta.url).href;export{r as a,o as b};
//# sourceMappingURL=chunk-DMXQLG5V.js.map
