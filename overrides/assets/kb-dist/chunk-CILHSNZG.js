import{a,b,c,d,e,f,g,h,i}from"./chunk-JCUNFON5.js";import"./chunk-2Q4J6Q3L.js";import"./chunk-DMXQLG5V.js";import"./chunk-4C666HHU.js";export{a as MAX_LIST_FETCHES,b as MAX_LIST_ITEMS,e as banksNamed,i as contentsFor,c as itemListUrl,h as loadSiteContents,d as parseItemList,g as siteContents,f as unplacedIds};
//# sourceMappingURL=chunk-CILHSNZG.js.map
