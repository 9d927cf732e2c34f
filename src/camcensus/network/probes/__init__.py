"""Read-only probes. Each one asks a device something it answers to anyone (or, with the owner's credentials,
to an administrator) and changes nothing:

- ``http``: ``GET /`` banners and vendor landing pages (the rows of ``data/fingerprints.csv``: Hikvision,
  Dahua, Axis, Bosch, Avigilon, Vivotek, Mobotix, Panasonic), ``GET /favicon.ico`` (its MD5), and the first,
  credential-free step of Dahua's ``/RPC2_Login`` (its challenge realm); ONVIF ``GetDeviceInformation``.
- ``tlscert``: the names in a TLS port's certificate, read in the handshake.
- ``rtsp``: ``OPTIONS`` and ``DESCRIBE`` banners and authentication realms.
- ``binary``: the Hikvision SDK port's greeting (8000) and the Dahua DVRIP identification exchange (37777),
  first exchange only.
- ``discovery``: Hikvision SADP, Dahua DHDiscover and ONVIF WS-Discovery probes (UDP, unicast to each target).
- ``credentialed``: with the owner's user name and password (HTTP Digest; Basic only with ``--allow-basic``,
  in answer to a device that offers nothing else): Hikvision ISAPI ``/ISAPI/System/deviceInfo``, Dahua
  ``magicBox.cgi`` getters, Axis ``basicdeviceinfo.cgi`` (or ``param.cgi``); ``vendor_info``: Hanwha Vision
  SUNAPI, Uniview LAPI, Vivotek ``getparam.cgi``, i-PRO/Panasonic ``getinfo``.
- ``recorder``: with the same credentials, a recorder's channel list (Hikvision ISAPI ``InputProxy`` and video
  inputs, Dahua ``RemoteDevice`` and ``MaxRemoteInputChannels``), read by ``channel_lists``.
- ``snmp``, ``upnp``, ``mdns`` (only when the user asks: ``--snmp-community-env``, ``--upnp``, ``--mdns``):
  SNMP v2c ``GET`` of ``sysDescr.0`` and ``sysObjectID.0`` with the owner's community; an SSDP ``M-SEARCH``
  and the device description it names, fetched only from the target; a DNS-SD query to port 5353. ``udp``
  is their one-question exchange, ``names`` reads a maker's name from what they return.
- ``onvif_network``: ONVIF ``GetNetworkInterfaces`` (the MAC), asked only where ``GetDeviceInformation``
  answered.

Never sent: default or guessed passwords, known bypass paths (``?auth=``, ``/SDK/webLanguage``, magicBox
``getConfig``, ``NetKeyboard``/``Loopback`` logins), or any request that writes to a device.
"""
