// Draws the page's places on a Leaflet map over offline country outlines. Reads two data attributes of
// #map: data-places (GeoJSON points from this server) and data-outlines (TopoJSON countries, bundled at
// build time; empty when absent). No tile server: nothing is loaded from elsewhere. The table under the
// map lists the same places for readers without JavaScript or a pointer.
(function () {
  'use strict';

  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(url + ': ' + r.status); } return r.json(); });
  }

  // Built with DOM nodes and textContent, never innerHTML: names come from articles.
  function popup(p) {
    var box = document.createElement('div');
    var link = document.createElement('a');
    link.href = p.href;
    link.textContent = p.name + (p.country ? ', ' + p.country : '');
    box.appendChild(link);
    var counts = document.createElement('div');
    counts.textContent = p.mentions + ' mention' + (p.mentions === 1 ? '' : 's') + ' in ' +
      p.articles + ' article' + (p.articles === 1 ? '' : 's');
    box.appendChild(counts);
    return box;
  }

  // Natural Earth rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180 and would be
  // drawn as a band across the world: move their western points east by 360 degrees. Antarctica reaches the
  // pole, where Web Mercator has no finite y, so it is left out.
  function mendRing(ring) {
    var west = false;
    var east = false;
    ring.forEach(function (p) { if (p[0] < -170) { west = true; } if (p[0] > 170) { east = true; } });
    return west && east ? ring.map(function (p) { return p[0] < 0 ? [p[0] + 360, p[1]] : p; }) : ring;
  }

  function mendCountries(collection) {
    collection.features = collection.features.filter(function (f) { return f.id !== '010'; });
    collection.features.forEach(function (f) {
      var g = f.geometry;
      if (g && g.type === 'Polygon') {
        g.coordinates = g.coordinates.map(mendRing);
      } else if (g && g.type === 'MultiPolygon') {
        g.coordinates = g.coordinates.map(function (poly) { return poly.map(mendRing); });
      }
    });
    return collection;
  }

  function radius(mentions) {
    return Math.min(18, 5 + 3 * Math.sqrt(mentions));
  }

  ready(function () {
    var el = document.getElementById('map');
    if (!el || typeof L === 'undefined') {
      return;
    }
    var map = L.map(el, { worldCopyJump: true, attributionControl: true, zoomSnap: 0.5 }).setView([30, 10], 2);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Places: GeoNames (CC BY 4.0)');
    var outlines = el.getAttribute('data-outlines');
    if (outlines && typeof topojson !== 'undefined') {
      getJson(outlines).then(function (topo) {
        var countries = mendCountries(topojson.feature(topo, topo.objects.countries));
        L.geoJSON(countries, {
          interactive: false,
          style: { color: '#8a9aa8', weight: 0.8, fillColor: '#f7f4ea', fillOpacity: 1 }
        }).addTo(map).bringToBack();
        map.attributionControl.addAttribution('Outlines: Natural Earth');
      }).catch(function (e) { console.warn('country outlines', e); });
    }
    getJson(el.getAttribute('data-places')).then(function (data) {
      var layer = L.geoJSON(data, {
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, {
            radius: radius(feature.properties.mentions), color: '#0b5cad', weight: 2,
            fillColor: '#2f80d1', fillOpacity: 0.6
          });
        },
        onEachFeature: function (feature, layer) {
          layer.bindPopup(popup(feature.properties));
          layer.bindTooltip(feature.properties.name);
        }
      }).addTo(map);
      // Without animation, so that the view is final when the page says the markers are drawn. Zoom stops
      // at 5: the 1:110m outlines are too coarse to look closer.
      if (data.features.length > 0) {
        map.fitBounds(layer.getBounds(), { padding: [30, 30], maxZoom: 5, animate: false });
      }
      el.setAttribute('data-markers', String(data.features.length));
    }).catch(function (e) {
      el.setAttribute('data-markers', 'error');
      console.warn('places', e);
    });
  });
})();
