var Liferay = window.Liferay || {}; Liferay.ThemeDisplay = {getLanguageId: function () { return 'vi_VN'; }, getPathThemeImages: function () { return '/o/hcm-theme/images'; }};
